import { join } from 'node:path';
import { RULES } from '../../../server/src/engine/rules';
import { describeRuleFixtures } from '../fixtureRunner';

// Renewal and drafting rule fixtures: test/fixtures/rules/<rule id with "/" as "-">/{valid,invalid}/.
// The layout, golden format and UPDATE_GOLDEN=1 are described in test/unit/fixtureRunner.ts.

/**
 * Fixes that are known NOT to remove the finding they are offered for: a bug in
 * the rule, kept here so the suite stays green while it is open. Key:
 * "<fixture dir>/<file>#<fix title>"; see FixtureSuiteOptions.fixKeepsFinding.
 */
const FIX_KEEPS_FINDING: ReadonlySet<string> = new Set<string>([
]);

describeRuleFixtures({
  title: 'rule fixtures',
  root: join(__dirname, '../../fixtures/rules'),
  rules: RULES,
  directoryOf: (ruleId) => ruleId.replace('/', '-'),
  everyRuleHasDirectory: false,
  minDraftsPerKind: 3,
  goldenHasRuleId: true,
  fixKeepsFinding: FIX_KEEPS_FINDING,
});
