import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The shared corpus (CUAD and friends) lives outside the repository. Tests that
 * sample it look for it beside the checkout, then where this team's machines keep
 * it; CONTRACT_REVIEW_CORPUS overrides both. null when no copy is on this machine.
 */
export function sharedCorpus(): string | null {
  const candidates = [
    process.env.CONTRACT_REVIEW_CORPUS,
    join(__dirname, '..', '..', 'shared', 'corpus'),
    '/work/shared/corpus',
  ];
  return candidates.find((dir): dir is string => dir !== undefined && dir !== '' && existsSync(dir)) ?? null;
}
