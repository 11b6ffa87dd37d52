// The clause layer's reading of one sentence: what each clause says, who says
// it applies to, whether it is granted, required or refused, on what condition
// and with what exceptions. Readers ask these questions instead of keeping
// their own lists of denials and conditions.
import type { Sentence, Span } from '../model';

/** Who a clause is about, resolved through the draft's own party names. */
export type PartyRole =
  /** "either party", "each Party", "the parties", "a party". */
  | 'either'
  /** "neither party", "no party": the act is refused to both. */
  | 'neither'
  /** The buyer: "Customer", "Licensee", "Controller", or a party the draft names in that role. */
  | 'customer'
  /** The seller: "Provider", "Licensor", "Processor", or a party the draft names in that role. */
  | 'provider'
  /** A party the draft names without saying which side it is on: "Acme", "the Company". */
  | 'named'
  /** Not a party: "this Agreement", "the Services", "such audit", or no subject at all. */
  | 'none';

export interface Party {
  readonly role: PartyRole;
  /** The words as written, lower-cased: "either party", "licensee". Empty when there are none. */
  readonly text: string;
}

/**
 * - permission: may, can, is entitled to, has the right to, at its option, wishing to …
 * - obligation: shall, must, will, agrees to, undertakes to …
 * - statement: no modal word ("Customer pays", "This Agreement terminates").
 */
export type Modality = 'permission' | 'obligation' | 'statement';

/** The role a clause plays in its sentence. */
export type ClauseRole =
  /** Says what is granted, required or refused. */
  | 'main'
  /** If / in the event / should / where / upon the occurrence … : when the main clause applies. */
  | 'condition'
  /** Except / unless / other than / save : when it does not. */
  | 'exception'
  /** Provided that / provided, however, : a limit on what came before. */
  | 'proviso';

/** A time the clause is tied to: "upon termination", "within 30 days after", "no later than 60 days before the end of". */
export interface TimeAnchor {
  readonly relation: 'after-end' | 'before-end' | 'within' | 'at-end';
  /** The anchor's words, lower-cased. */
  readonly text: string;
  readonly span: Span;
}

export interface ClauseReading {
  /** Absolute span of the clause in the document. */
  readonly span: Span;
  /** The clause text, lower-cased; offsets relative to span.start. */
  readonly lower: string;
  readonly role: ClauseRole;
  /** A condition or exception that stands before the clause it governs ("If X, Y may …"); false after it ("Y may … if X"). */
  readonly leading: boolean;
  /** A main clause carried on after an aside inside it ("Customer may, unless X, terminate"): it shares that clause's subject and modal. */
  readonly continues: boolean;
  /** Who holds the right or owes the duty (for a passive verb, the "by …" agent when given). */
  readonly subject: Party;
  readonly modality: Modality;
  /** The clause refuses what it names: "shall not", "may not", "no … shall", "neither … nor", "in no event", "waives", "is not entitled". */
  readonly negated: boolean;
  /**
   * The negation limits how much or how often, not whether: "shall not audit more than once a year", "may not
   * increase fees by more than 5%". The act itself stays granted.
   */
  readonly limitsExtent: boolean;
  /** The verb the modal governs, lower-cased as written ("terminate", "audit", "be terminated"): empty when none was found. */
  readonly verb: string;
  /** Verbs coordinated with the first under the same modal: "may suspend or terminate", "the right to discontinue … and to terminate". */
  readonly alsoVerbs: readonly string[];
  /** The verb is passive: "may be terminated", "shall be audited". */
  readonly passive: boolean;
  /** Text after the verb to the end of the clause, lower-cased. */
  readonly object: string;
  /** Offset of the modal word (or of the verb for a statement) inside `lower`; -1 when none. */
  readonly modalAt: number;
}

/** One sentence (or a list item read with its lead-in) split into clauses. */
export interface SentenceReading {
  readonly sentence: Sentence;
  /** The sentence text, lower-cased. */
  readonly lower: string;
  readonly clauses: readonly ClauseReading[];
  /** Conditions of the whole sentence (those of every clause), in order. */
  readonly conditions: readonly ClauseReading[];
  /** Exceptions and provisos of the whole sentence, in order. */
  readonly exceptions: readonly ClauseReading[];
  readonly timeAnchors: readonly TimeAnchor[];
}
