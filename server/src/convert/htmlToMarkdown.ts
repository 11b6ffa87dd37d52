import { Parser } from 'htmlparser2';

// Mammoth turns a Word file into plain semantic HTML (h1-h6, p, ol/ul/li, table,
// strong/em, a, br). This writes that HTML as Markdown the engine parses: headings
// stay headings, list items keep their numbers, tables become pipe tables. Inline
// emphasis is dropped on purpose: `**` inside a sentence would only get in the
// matchers' way, and the review does not depend on it.

interface ListState {
  readonly ordered: boolean;
  next: number;
}

interface TableState {
  rows: string[][];
  row: string[] | null;
  cell: string | null;
}

export function htmlToMarkdown(html: string): string {
  const blocks: string[] = [];
  const lists: ListState[] = [];
  let table: TableState | null = null;
  let current: string | null = null;
  let prefix = '';

  const flush = (): void => {
    if (current === null) return;
    const text = collapse(current);
    if (text !== '') blocks.push(prefix + text);
    current = null;
    prefix = '';
  };
  const open = (blockPrefix: string): void => {
    flush();
    current = '';
    prefix = blockPrefix;
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (table) {
          if (name === 'tr') table.row = [];
          else if (name === 'td' || name === 'th') table.cell = '';
          else if (name === 'br' || name === 'p') table.cell = table.cell === null ? null : `${table.cell} `;
          return;
        }
        const level = /^h([1-6])$/.exec(name);
        if (level) open(`${'#'.repeat(Number(level[1]))} `);
        else if (name === 'p') open(listIndent(lists));
        else if (name === 'ol' || name === 'ul') {
          flush();
          lists.push({ ordered: name === 'ol', next: 1 });
        } else if (name === 'li') {
          const list = lists[lists.length - 1];
          const marker = list?.ordered ? `${list.next++}. ` : '- ';
          open(`${'   '.repeat(Math.max(0, lists.length - 1))}${marker}`);
        } else if (name === 'br') {
          if (current !== null) current += ' ';
        } else if (name === 'table') {
          flush();
          table = { rows: [], row: null, cell: null };
        }
      },
      ontext(text) {
        if (table) {
          if (table.cell !== null) table.cell += text;
          return;
        }
        if (current === null) {
          if (text.trim() === '') return;
          open(listIndent(lists));
        }
        current += text;
      },
      onclosetag(name) {
        if (table) {
          if ((name === 'td' || name === 'th') && table.row && table.cell !== null) {
            table.row.push(collapse(table.cell).replace(/\|/g, '\\|'));
            table.cell = null;
          } else if (name === 'tr' && table.row) {
            table.rows.push(table.row);
            table.row = null;
          } else if (name === 'table') {
            const written = pipeTable(table.rows);
            if (written) blocks.push(written);
            table = null;
          }
          return;
        }
        if (/^h[1-6]$/.test(name) || name === 'p' || name === 'li') flush();
        else if (name === 'ol' || name === 'ul') {
          flush();
          lists.pop();
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

function listIndent(lists: readonly ListState[]): string {
  return lists.length === 0 ? '' : '   '.repeat(lists.length);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A pipe table with the first row as its header; rows padded to the widest. */
function pipeTable(rows: readonly string[][]): string | null {
  const kept = rows.filter((row) => row.some((cell) => cell !== ''));
  if (kept.length === 0) return null;
  const width = Math.max(...kept.map((row) => row.length));
  const line = (row: readonly string[]): string => `| ${Array.from({ length: width }, (_, i) => row[i] ?? '').join(' | ')} |`;
  return [line(kept[0]), `|${' --- |'.repeat(width)}`, ...kept.slice(1).map(line)].join('\n');
}
