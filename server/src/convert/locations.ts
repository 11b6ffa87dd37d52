import type { Heading } from '../engine/model';
import type { ConvertedKind } from './types';

// Where a place in a rendering sits in the original file: the page of a PDF (from the
// `<!-- page N -->` marks the converter wrote) or the heading path of a Word file (from
// the headings the parser found). Lines of a rendering mean little to someone holding
// the vendor's PDF; pages and headings they can find.

const PAGE_MARK = /<!-- page (\d+) -->/g;

/** Describes an offset of the rendering ("page 3", "3. Term and Termination > 3.2 Renewal"); null when there is nothing to say. */
export type Locator = (offset: number) => string | null;

export function createLocator(kind: ConvertedKind, markdown: string, headings: readonly Heading[]): Locator {
  return kind === 'pdf' ? pageLocator(markdown) : headingLocator(headings);
}

function pageLocator(markdown: string): Locator {
  const marks: { offset: number; page: number }[] = [];
  for (const match of markdown.matchAll(PAGE_MARK)) marks.push({ offset: match.index, page: Number(match[1]) });
  return (offset) => {
    let page: number | null = null;
    for (const mark of marks) {
      if (mark.offset > offset) break;
      page = mark.page;
    }
    return page === null ? null : `page ${page}`;
  };
}

function headingLocator(headings: readonly Heading[]): Locator {
  // A lone top heading before every other is the document's title: naming it in every path says nothing.
  const top = Math.min(...headings.map((h) => h.level));
  const title = headings.length > 1 && headings[0].level === top && headings.filter((h) => h.level === top).length === 1 ? headings[0] : null;
  return (offset) => {
    const path: Heading[] = [];
    for (const heading of headings) {
      if (heading.span.start > offset) break;
      if (heading === title) continue;
      while (path.length > 0 && path[path.length - 1].level >= heading.level) path.pop();
      path.push(heading);
    }
    if (path.length === 0) return null;
    return path.map((h) => (h.number && !h.title.startsWith(h.number) ? `${h.number} ${h.title}` : h.title)).join(' > ');
  };
}
