import { RULES } from '../../server/src/engine/rules';
import type { RuleFamily } from '../../server/src/engine/rule';
import { describeRuleFixtures } from './fixtureRunner';

/**
 * Fixtures of a family laid out as test/fixtures/<family>/<rule name without the
 * family>/{valid,invalid}/, one directory per rule of the family. Their golden
 * files were written without a ruleId, and stay that way.
 */
export function describeFamilyFixtures(family: RuleFamily, root: string): void {
  const prefix = `${family}/`;
  describeRuleFixtures({
    title: `${family} rule fixtures`,
    root,
    rules: RULES.filter((r) => r.meta.family === family),
    directoryOf: (ruleId) => (ruleId.startsWith(prefix) ? ruleId.slice(prefix.length) : ruleId),
    everyRuleHasDirectory: true,
    minDraftsPerKind: 2,
    goldenHasRuleId: false,
  });
}
