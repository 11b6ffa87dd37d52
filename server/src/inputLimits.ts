// How much the CLI and the language server take in, and what they say when a
// draft is too large: one limit and one message for both.

/**
 * The largest draft reviewed, in characters of text (UTF-16 code units, as the
 * editor counts them): 10 MB of plain text, far more than any contract with its
 * schedules, and a review of it still takes about a second.
 */
export const MAX_DRAFT_CHARACTERS = 10 * 1024 * 1024;

/**
 * The most bytes read from a draft's file or standard input. A character takes
 * at most three bytes on disk (UTF-8; UTF-16 takes two, a pair of surrogates
 * four bytes for two units), so a draft within MAX_DRAFT_CHARACTERS always fits;
 * its decoded length is then checked against the limit itself.
 */
export const MAX_DRAFT_BYTES = 3 * MAX_DRAFT_CHARACTERS;

/** A Word or PDF draft's file: pictures make it larger than its text; its rendering must then fit MAX_DRAFT_CHARACTERS. */
export const MAX_CONVERTED_FILE_BYTES = 64 * 1024 * 1024;

/** A playbook is a small JSON file; anything larger is refused with a message on the file. */
export const MAX_PLAYBOOK_BYTES = 1024 * 1024;

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Why a draft is not reviewed, completing "it is …", in the CLI's error and the editor's notice alike. */
export const DRAFT_TOO_LARGE =
  `larger than ${megabytes(MAX_DRAFT_CHARACTERS)} of text (${MAX_DRAFT_CHARACTERS.toLocaleString('en-US')} characters), ` +
  'the most Contract Review reviews; split the draft into smaller files to have it reviewed';

export const PLAYBOOK_TOO_LARGE = `larger than ${megabytes(MAX_PLAYBOOK_BYTES)}, the most Contract Review reads for a playbook`;
