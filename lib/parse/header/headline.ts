import type { Source } from '@/lib/domain/release';
import type { Line } from '../text/lines';

const BOILERPLATE = /^(?:exhibit|press release|news release|news$|for immediate release|for release|immediate release|contacts?\b|for further information|for more information|\[graphic|page \d|investor relations|release no|media contact|phone|fax|web:|home\b|\d)/i;
const CONTACT_DETAIL = /\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}|@|www\.|https?:/i;
const GENERIC_TITLE = /^(?:document|ex-?99|exhibit|untitled|press release|news release)/i;

/** The release's headline: the first title-like line above the dateline, else the page title. */
export function findHeadline(lines: Line[], before: number, title: string | null): { text: string; source: Source } | null {
  for (const line of lines) {
    if (line.start >= before || line.index > 60) break;
    const text = line.text.trim();
    const words = text.split(/\s+/).filter((w) => /[A-Za-z]{2,}/.test(w));
    if (words.length < 3 || text.length > 300 || BOILERPLATE.test(text) || CONTACT_DETAIL.test(text) || text.includes(' | ')) continue;
    const capitalised = words.filter((w) => /^[A-Z0-9$"“(]/.test(w)).length / words.length;
    if (capitalised < 0.5) continue;
    const offset = line.text.indexOf(text);
    return { text, source: { start: line.start + offset, end: line.start + offset + text.length } };
  }
  if (title && !GENERIC_TITLE.test(title)) return { text: title, source: { start: 0, end: 0 } };
  return null;
}
