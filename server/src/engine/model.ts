// The parsed draft that every rule reads. Pure data: no LSP or VS Code types.
// All offsets are UTF-16 code-unit offsets into the original document text, the
// unit both JavaScript strings and LSP positions use.

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export type DocumentKind = 'msa' | 'sla' | 'dpa' | 'order-form' | 'unknown';
export type SourceFormat = 'markdown' | 'plaintext';

export interface Heading {
  readonly span: Span;
  /** The title words without the number or Markdown marks: "Term and Termination". */
  readonly title: string;
  /** "12.3", "IV", "5" when the heading is numbered. */
  readonly number?: string;
  /** 1 for top-level sections; Markdown `##` is 2, "12.3" is 2. */
  readonly level: number;
}

export interface Sentence {
  readonly span: Span;
}

/** A block of contract text: a paragraph or a numbered clause, under its nearest heading. */
export interface Clause {
  readonly span: Span;
  /** "12.3(a)" when the block starts with a clause number. */
  readonly number?: string;
  /** The span of the clause number as written, for fixes that keep the draft's numbering. */
  readonly numberSpan?: Span;
  /** Index into Contract.headings of the section this clause belongs to, or -1. */
  readonly headingIndex: number;
  readonly sentences: readonly Sentence[];
}

export type DurationUnit = 'hour' | 'day' | 'business-day' | 'week' | 'month' | 'year';

/** A number as written, possibly in words and digits together: "thirty (30)". */
export interface NumberFact {
  readonly span: Span;
  readonly value: number;
  /** Present when the draft spells the number out. */
  readonly words?: { readonly span: Span; readonly value: number };
  /** Present when the draft gives digits (alone or in parentheses after the words). */
  readonly digits?: { readonly span: Span; readonly value: number };
}

export interface DurationFact {
  readonly span: Span;
  readonly value: number;
  readonly unit: DurationUnit;
  /** The number as written, when the duration has one ("one-year" has words only). */
  readonly number?: NumberFact;
  /** The unit word's span ("days"), for fixes that keep the draft's wording. */
  readonly unitSpan: Span;
  /** "month-to-month", "annual", "year to year" and similar recurring periods. */
  readonly recurring?: boolean;
}

export interface PercentFact {
  readonly span: Span;
  readonly value: number;
  readonly number?: NumberFact;
}

export interface MoneyFact {
  readonly span: Span;
  readonly amount: number;
  /** ISO 4217 code when the draft names or implies one ("$" → USD). */
  readonly currency?: string;
}

export interface DateFact {
  readonly span: Span;
  /** YYYY-MM-DD. */
  readonly iso: string;
}

export interface Facts {
  readonly numbers: readonly NumberFact[];
  readonly durations: readonly DurationFact[];
  readonly percents: readonly PercentFact[];
  readonly money: readonly MoneyFact[];
  readonly dates: readonly DateFact[];
}

export interface DefinedTerm {
  /** The term without quotes: "Initial Term". */
  readonly term: string;
  /** Where the draft defines it: the quoted term inside `(the "Initial Term")` or `"Service Credit" means`. */
  readonly span: Span;
}

/** `contract-review-disable…` comments: which rules are switched off where. */
export interface Suppressions {
  /** Rules switched off for the whole file; contains '*' when every rule is. */
  readonly file: ReadonlySet<string>;
  /** 0-based line number → rules switched off on that line ('*' for all). */
  readonly lines: ReadonlyMap<number, ReadonlySet<string>>;
}

/** Subjects a sentence can be about; rules look sentences up by topic instead of scanning the text. */
export type Topic =
  | 'term'
  | 'renewal'
  | 'non-renewal-notice'
  | 'price-increase'
  | 'termination'
  | 'effective-date'
  | 'sla'
  | 'service-credit'
  | 'data-protection'
  | 'data-export';

export interface Contract {
  /** The document exactly as given. */
  readonly text: string;
  /**
   * The same text with the same length, normalised so matchers see one spelling:
   * curly quotes → straight, NBSP/tabs → space, dashes → '-', and Markdown code
   * blocks, front matter and HTML comments blanked out (they are not contract text).
   */
  readonly normalized: string;
  readonly format: SourceFormat;
  /** Offsets where each line starts (line 0 at 0). */
  readonly lineStarts: readonly number[];
  readonly headings: readonly Heading[];
  readonly clauses: readonly Clause[];
  readonly facts: Facts;
  readonly definedTerms: readonly DefinedTerm[];
  readonly suppressions: Suppressions;
  readonly kind: DocumentKind;
  /** Sentences by topic, in document order. */
  readonly topics: ReadonlyMap<Topic, readonly Sentence[]>;
  /**
   * Words with invisible characters inside (zero-width space, soft hyphen …), in
   * text order. `normalized` has them closed up, so spans over it are mapped
   * back through these (parse/invisibleChars.ts) before they leave the engine.
   */
  readonly hiddenInWords: readonly HiddenInWord[];
}

/** A word as written, with the offsets of the invisible characters between its visible ones. */
export interface HiddenInWord {
  readonly span: Span;
  readonly hidden: readonly number[];
}

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /**
   * true: safe to apply without reading (a fix); false: changes the deal, the
   * user picks it (a suggestion). The preferred fix is the first safe one.
   */
  readonly safe: boolean;
}

export type FactValue = string | number | boolean | null;

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** One line naming the value found and the playbook's position. */
  readonly message: string;
  readonly span: Span;
  /** The values the rule read, for hovers, reports and JSON output. */
  readonly facts: Readonly<Record<string, FactValue>>;
  readonly fixes: readonly Fix[];
  /** Markdown the hover shows after the message: a table of what the rule read (optional). */
  readonly details?: string;
}
