import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Contract, Finding, Fix, Severity, Span } from '../../engine/model';
import { lineOf, rangeOf } from '../../engine/positions';
import type { RuleMeta } from '../../engine/rule';
import { RULES } from '../../engine/rules';
import type { ReviewedFile } from '../reviewedFile';
import { STDIN_NAME } from '../inputs';
import { TOOL_HOMEPAGE, TOOL_NAME, TOOL_VERSION } from '../packageInfo';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The partialFingerprints key; the suffix changes if the hashing ever does. */
export const FINGERPRINT_KEY = 'contractReviewLineHash/v1';
const SOURCE_ROOT = '%SRCROOT%';

/**
 * A SARIF 2.1.0 log of the run, shaped for GitHub code scanning: paths relative to
 * the working directory under %SRCROOT%, 1-based UTF-16 columns, and a fingerprint
 * that survives edits elsewhere in the draft so alerts are not reopened.
 */
export function formatSarif(files: readonly ReviewedFile[], cwd: string): string {
  const rules = RULES.map((rule) => describeRule(rule.meta));
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.meta.id, index]));
  const results: Sarif.Result[] = [];
  for (const file of files) {
    const location = artifactLocation(file, cwd);
    const seen = new Map<string, number>();
    for (const finding of file.review.findings) {
      let index = ruleIndex.get(finding.ruleId);
      if (index === undefined) {
        // A rule the registry does not list still gets a descriptor, so ruleIndex stays valid.
        index = rules.length;
        rules.push({ id: finding.ruleId, name: ruleName(finding.ruleId) });
        ruleIndex.set(finding.ruleId, index);
      }
      results.push(resultFor(finding, index, file.review.contract, location, seen));
    }
  }

  const driver: Sarif.ToolComponent = { name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, rules };
  if (TOOL_HOMEPAGE) driver.informationUri = TOOL_HOMEPAGE;
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

export function sarifLevel(severity: Severity): Sarif.Result.level {
  switch (severity) {
    case 'error': return 'error';
    case 'warning': return 'warning';
    case 'information':
    case 'hint': return 'note';
  }
}

function describeRule(meta: RuleMeta): Sarif.ReportingDescriptor {
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.why || meta.title },
    help: {
      text: meta.askFor || meta.why || meta.title,
      markdown: `**Why it matters:** ${meta.why || meta.title}\n\n**What to ask for:** ${meta.askFor || 'see the rule documentation'}`,
    },
    defaultConfiguration: { level: sarifLevel(meta.defaultSeverity) },
    properties: { tags: ['contract', meta.family] },
  };
}

/** "renewal/long-renewal-term" → "LongRenewalTerm": SARIF names are identifiers, ids keep their family. */
function ruleName(id: string): string {
  const last = id.slice(id.lastIndexOf('/') + 1);
  return last.split('-').filter((w) => w !== '').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

function resultFor(finding: Finding, ruleIndex: number, contract: Contract, location: Sarif.ArtifactLocation, seen: Map<string, number>): Sarif.Result {
  const result: Sarif.Result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: sarifLevel(finding.severity),
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: regionOf(contract, finding.span) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding, contract, seen) },
  };
  if (finding.fixes.length > 0) result.fixes = finding.fixes.map((fix) => fixFor(fix, contract, location));
  return result;
}

function fixFor(fix: Fix, contract: Contract, location: Sarif.ArtifactLocation): Sarif.Fix {
  return {
    description: { text: fix.title },
    artifactChanges: [{
      artifactLocation: location,
      replacements: fix.edits.map((edit) => ({ deletedRegion: regionOf(contract, edit.span), insertedContent: { text: edit.newText } })),
    }],
  };
}

/** SARIF regions are 1-based and their end column points just past the last character. */
export function regionOf(contract: Contract, span: Span): Sarif.Region {
  const range = rangeOf(contract.lineStarts, span);
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/**
 * Hash of the rule and the finding's line with spacing normalised, plus how many
 * times that pair came before in the file: stable when lines move, distinct when
 * the same clause is repeated.
 */
function fingerprint(finding: Finding, contract: Contract, seen: Map<string, number>): string {
  const line = lineOf(contract.lineStarts, finding.span.start);
  const lineEnd = line + 1 < contract.lineStarts.length ? contract.lineStarts[line + 1] : contract.normalized.length;
  const lineText = contract.normalized.slice(contract.lineStarts[line], lineEnd).split(/\s+/).filter((w) => w !== '').join(' ');
  const hash = createHash('sha256').update(`${finding.ruleId}\n${lineText}`).digest('hex');
  const occurrence = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, occurrence);
  return `${hash}:${occurrence}`;
}

function artifactLocation(file: ReviewedFile, cwd: string): Sarif.ArtifactLocation {
  // A name given with --stdin-filename locates the findings like a file's; bare standard input has none.
  if (file.draft.fromStdin && file.draft.path === STDIN_NAME) return { uri: 'stdin', description: { text: 'the draft read from standard input' } };
  const absolute = resolve(cwd, file.draft.path);
  const fromRoot = relative(cwd, absolute);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) return { uri: pathToFileURL(absolute).href };
  return { uri: fromRoot.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}
