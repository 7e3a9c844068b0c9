import type { Source } from '@/lib/domain/release';
import type { Line } from '../text/lines';

const BOILERPLATE = /^(?:exhibit|press release|news release|news$|for immediate release|for release|immediate release|contacts?\b|for further information|for more information|\[graphic|page \d|investor relations|release no|media contact|phone|fax|web:|home\b|business editor|\d)/i;
const CONTACT_DETAIL = /\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}|@|www\.|https?:/i;
const GENERIC_TITLE = /^(?:document|ex-?99|exhibit|untitled|press release|news release)/i;
// Wire-service codes before a headline: "(BW) (NY-AMERICAN-LOCKER-GROUP) (NASDAQ:ALGIE)".
const WIRE_CODES = /^(?:\([^()]{1,40}\)\s*)+/;
const MAX_LINES = 3;

const PERSON = /^(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Za-z'’-]+){1,2}$/;
// Text pushed far right is a letterhead or contact block, not the headline.
const MAX_INDENT = 30;

function titleLike(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/).filter((w) => /[A-Za-z]{2,}/.test(w));
  if (words.length < 2 || text.length > 200 || line.length - line.trimStart().length > MAX_INDENT) return false;
  return !BOILERPLATE.test(text) && !CONTACT_DETAIL.test(text) && !PERSON.test(text) && !text.includes(' | ');
}

type Headline = { text: string; source: Source };

// When nothing above the dateline reads as a headline, look this far below it.
const BELOW_DATELINE = 600;

/** The release's headline: the first title-like lines above the dateline (or just below it), else the page title. */
export function findHeadline(lines: Line[], dateline: Source | null, title: string | null): Headline | null {
  const before = dateline?.start ?? 3000;
  const found =
    firstTitle(lines, 0, before) ??
    (dateline ? firstTitle(lines, dateline.end, dateline.end + BELOW_DATELINE) : null);
  if (found) return found;
  if (title && !GENERIC_TITLE.test(title)) return { text: title, source: { start: 0, end: 0 } };
  return null;
}

function firstTitle(lines: Line[], from: number, before: number): Headline | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.start < from) continue;
    if (line.start >= before || line.index > 80) break;
    const trimmed = line.text.trim();
    const text = trimmed.replace(WIRE_CODES, '');
    if (text.split(/\s+/).length < 3 || !titleLike(line.text.replace(trimmed, text))) continue;
    // A headline may wrap onto the next lines; they continue it while they read as a title.
    let last = line;
    for (let k = i + 1; k < Math.min(lines.length, i + MAX_LINES); k++) {
      const next = lines[k]!;
      if (next.start >= before || !titleLike(next.text) || /[.!?]$/.test(last.text.trim())) break;
      last = next;
    }
    const start = line.start + line.text.indexOf(text);
    const end = last.start + last.text.trimEnd().length;
    const full = lines.slice(i, last.index - line.index + i + 1).map((l) => l.text.trim()).join(' ').replace(WIRE_CODES, '');
    return { text: full.replace(/\s+/g, ' '), source: { start, end } };
  }
  return null;
}
