import { basename } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SourceFormat } from '../engine/model';
import { MAX_DRAFT_CHARACTERS } from '../inputLimits';
import type { Playbook } from '../engine/playbook/schema';
import { review, type Review } from '../engine/review';
import type { ContractReviewSettings } from '../protocol';
import { formatOf } from './documentFormat';
import { reviewedFilePath } from './paths';
import type { SiblingDraft } from '../engine/siblings';
import { locatePlaybook } from './playbookLocation';
import type { PlaybookStore } from './playbooks';
import type { SettingsCache } from './settings';
import type { SiblingDrafts } from './siblingDrafts';
import type { WorkspaceFolders } from './workspaceFolders';

/** Larger documents get one notice instead of a review: the CLI's limit, so both treat a draft alike. */
export const MAX_REVIEWED_CHARACTERS = MAX_DRAFT_CHARACTERS;

export type ReviewOutcome =
  | { readonly status: 'disabled' }
  | { readonly status: 'too-large' }
  | { readonly status: 'reviewed'; readonly review: Review; readonly version: number; readonly settings: ContractReviewSettings };

interface CachedReview {
  readonly version: number;
  readonly format: SourceFormat;
  readonly playbook: Playbook;
  /** The sibling drafts' generation the review read. */
  readonly siblings: number;
  readonly review: Review;
}

/**
 * One review per document version and playbook: diagnostics, hovers, the
 * checklist and the review request all read the same one.
 */
export class DocumentReviewer {
  private readonly cache = new Map<string, CachedReview>();

  constructor(
    private readonly settings: SettingsCache,
    private readonly playbooks: PlaybookStore,
    private readonly folders: WorkspaceFolders,
    private readonly siblings: SiblingDrafts,
  ) {}

  async reviewDocument(document: TextDocument): Promise<ReviewOutcome> {
    const settings = await this.settings.forDocument(document.uri);
    if (!settings.enable) return { status: 'disabled' };
    const playbook = await this.playbooks.playbookFor(locatePlaybook(document.uri, settings.playbook, this.folders));

    // Read text and version together, after the awaits: the document may have changed meanwhile.
    const version = document.version;
    const format = formatOf(document);
    const path = reviewedFilePath(document.uri);
    const siblings = path ? this.siblings.generation(path) : 0;
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === version && cached.format === format && cached.playbook === playbook && cached.siblings === siblings) {
      return { status: 'reviewed', review: cached.review, version, settings };
    }
    const text = document.getText();
    if (text.length > MAX_REVIEWED_CHARACTERS) return { status: 'too-large' };
    // Drafts in the same folder (the DPA beside the MSA) count for "missing" checks; a change to one
    // of them (saved, or edited in the editor) bumps the folder's generation, so this review is redone.
    const result = review(text, { format, playbook, siblings: path ? this.siblings.read(path) : [], fileName: path ? basename(path) : undefined });
    this.cache.set(document.uri, { version, format, playbook, siblings, review: result });
    return { status: 'reviewed', review: result, version, settings };
  }

  /** The playbook and sibling drafts a review of this document reads; null when reviewing is switched off for it. */
  async reviewInputs(uri: string): Promise<{ readonly playbook: Playbook; readonly siblings: readonly SiblingDraft[] } | null> {
    const settings = await this.settings.forDocument(uri);
    if (!settings.enable) return null;
    const playbook = await this.playbooks.playbookFor(locatePlaybook(uri, settings.playbook, this.folders));
    const path = reviewedFilePath(uri);
    return { playbook, siblings: path ? this.siblings.read(path) : [] };
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
