import MarkdownIt from 'markdown-it';
import { memoToMarkdown } from './markdown';
import type { Memo } from './model';

// The memo as a standalone HTML page: the Markdown rendering turned into HTML by
// markdown-it with raw HTML switched off except for the anchors we write, so the
// two formats cannot drift apart and draft text can never inject markup.

const renderer = new MarkdownIt({ html: false, linkify: false, typographer: false });

const STYLE = 'body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}'
  + 'table{border-collapse:collapse;width:100%;margin:0.5rem 0}th,td{border:1px solid #ccc;padding:0.3rem 0.5rem;text-align:left;vertical-align:top}'
  + 'blockquote{margin:0.5rem 0;padding:0.2rem 1rem;border-left:4px solid #bbb;background:#f6f6f6}code{font-size:90%}';

export function memoToHtml(memo: Memo): string {
  // markdown-it escapes the <a id> anchors with html off; turn just those back into anchors.
  const body = renderer.render(memoToMarkdown(memo)).replace(/<p>&lt;a id=&quot;(finding-\d+)&quot;&gt;&lt;\/a&gt;<\/p>/g, '<a id="$1"></a>');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    `<title>${escapeHtml(`Review memo: ${memo.title}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    body.trimEnd(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
