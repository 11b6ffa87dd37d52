import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { review } from '../../server/src/engine/review';

// Whole agreements nobody on the team wrote: how many findings each rule raises.
// There is no label to score against; the counts are watched from run to run,
// because a jump usually means a new false alarm.

export interface DraftCounts {
  readonly draft: string;
  readonly kind: string;
  /** Rule id → findings. */
  readonly findings: Readonly<Record<string, number>>;
}

export function countFindings(dirs: readonly string[]): DraftCounts[] {
  const out: DraftCounts[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const ext = extname(name).toLowerCase();
      if (!statSync(path).isFile() || !['.md', '.txt'].includes(ext) || basename(name).toLowerCase() === 'readme.md') continue;
      const result = review(readFileSync(path, 'utf8'), { format: ext === '.md' ? 'markdown' : 'plaintext' });
      const findings: Record<string, number> = {};
      for (const f of result.findings) findings[f.ruleId] = (findings[f.ruleId] ?? 0) + 1;
      out.push({ draft: `${basename(dir)}/${name}`, kind: result.kind, findings });
    }
  }
  return out;
}
