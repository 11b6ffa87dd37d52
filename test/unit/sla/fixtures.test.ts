import { join } from 'node:path';
import { SLA_RULES } from '../../../server/src/engine/rules/sla';
import { describeRuleFixtures } from '../fixtureRunner';

// SLA rule fixtures: test/fixtures/sla/<rule id with "/" as "-">/{valid,invalid}/, one
// directory per SLA rule. The layout, golden format and UPDATE_GOLDEN=1 are
// described in test/unit/fixtureRunner.ts.

describeRuleFixtures({
  title: 'SLA rule fixtures',
  root: join(__dirname, '../../fixtures/sla'),
  rules: SLA_RULES,
  directoryOf: (ruleId) => ruleId.replace('/', '-'),
  everyRuleHasDirectory: true,
  minDraftsPerKind: 2,
  goldenHasRuleId: true,
});
