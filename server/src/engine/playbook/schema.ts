import { z } from 'zod';

// The playbook is a team's negotiating position. Every field has a default
// (the positions in docs/domain.md), so an empty file, a partial file or a file
// with a bad value still gives a complete playbook.

const severityOrOff = z.enum(['error', 'warning', 'information', 'hint', 'off']);
export type SeverityOrOff = z.infer<typeof severityOrOff>;

const positiveInt = z.number().int().positive();
const nonNegative = z.number().nonnegative();

export const renewalSchema = z.strictObject({
  /** Longest acceptable automatic renewal term. */
  maxTermMonths: positiveInt.default(12),
  /** Longest acceptable non-renewal notice period. */
  maxNoticeDays: positiveInt.default(90),
  /** Narrowest acceptable window for giving notice ("no earlier than X and no later than Y days"). */
  minWindowDays: positiveInt.default(60),
  /** Highest acceptable price increase on renewal, in percent. */
  maxPriceIncreasePercent: nonNegative.default(5),
  /** The renewal term a quick fix writes in. */
  preferredTermMonths: positiveInt.default(12),
  /** The notice period a quick fix writes in. */
  preferredNoticeDays: positiveInt.default(60),
});

export const slaSchema = z.strictObject({
  /** Lowest acceptable committed availability, in percent. */
  minUptimePercent: z.number().min(0).max(100).default(99.95),
  /** Smallest acceptable credit for the first tier, in percent of the period's fees. */
  minFirstCreditPercent: nonNegative.default(10),
  /** Smallest acceptable total credit a customer can earn in a period, in percent of its fees. */
  minMaxCreditPercent: nonNegative.default(25),
  /** Shortest acceptable window for claiming a credit, in days. */
  minClaimDays: positiveInt.default(30),
});

export const dpaSchema = z.strictObject({
  /** Longest acceptable time for the vendor to notify a personal data breach, in hours. */
  maxBreachNoticeHours: positiveInt.default(72),
});

export const exitSchema = z.strictObject({
  /** Shortest acceptable access to the data after the agreement ends, in days. */
  minAccessDays: positiveInt.default(60),
  /** The post-termination access period a quick fix writes in, in days. */
  preferredAccessDays: positiveInt.default(90),
});

export const commercialSchema = z.strictObject({
  /** Largest acceptable early-termination charge, in months of fees; a charge for the rest of the term is always above it. */
  maxEarlyTerminationMonths: nonNegative.default(3),
});

export const liabilitySchema = z.strictObject({
  /** Lowest acceptable general liability cap, in months of fees. */
  minCapMonths: positiveInt.default(12),
  /** What data-protection and confidentiality breaches need: their own higher cap (or none), or no cap at all. */
  dataBreach: z.enum(['super-cap', 'uncapped']).default('super-cap'),
});

export const playbookSchema = z.strictObject({
  /** Optional JSON-schema pointer for editors; ignored by the review. */
  $schema: z.string().optional(),
  /** Severity per rule id, or "off". */
  rules: z.record(z.string(), severityOrOff).default({}),
  renewal: renewalSchema.default(() => renewalSchema.parse({})),
  dpa: dpaSchema.default(() => dpaSchema.parse({})),
  exit: exitSchema.default(() => exitSchema.parse({})),
  sla: slaSchema.default(() => slaSchema.parse({})),
  commercial: commercialSchema.default(() => commercialSchema.parse({})),
  liability: liabilitySchema.default(() => liabilitySchema.parse({})),
  /** Clause library: template id → clause text, used by "insert clause" fixes. */
  clauses: z.record(z.string(), z.string()).default({}),
  /**
   * The files of each deal, by file name: a draft listed here is reviewed with the other files of
   * its group only. Drafts not listed are grouped by their parties and references to each other.
   */
  deals: z.array(z.array(z.string().min(1)).min(1)).default([]),
});

export type Playbook = z.infer<typeof playbookSchema>;
export type PlaybookInput = z.input<typeof playbookSchema>;

export const DEFAULT_PLAYBOOK: Playbook = playbookSchema.parse({});
