import type { Source } from '@/lib/domain/release';
import type { Line } from '../text/lines';

export type Contact = { name: string | null; phone: string | null; email: string | null; source: Source };

const HEADING = /\b(?:contacts?|for further information|for more information|investor relations|media relations|press contact)\b/i;
const PHONE = /\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PERSON = /^(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][A-Za-z'’-]+){1,2}$/;

/** People to call about the release, read from its "Contact:" blocks. */
export function findContacts(lines: Line[]): Contact[] {
  const contacts: Contact[] = [];
  for (let i = 0; i < lines.length; i++) {
    const heading = lines[i]!;
    if (!HEADING.test(heading.text) || heading.text.trim().length > 80) continue;
    let current: Contact | null = null;
    const pieces = [heading.text.split(/:\s*/).slice(1).join(': '), ...lines.slice(i + 1, i + 9).map((l) => l.text)];
    for (const [k, raw] of pieces.entries()) {
      const line = k === 0 ? heading : lines[i + k]!;
      for (const piece of raw.split(/\s{2,}|\s+\|\s+|;\s*/)) {
        const text = piece.trim();
        if (text === '') continue;
        const at = line.start + line.text.indexOf(text);
        const source = { start: at, end: at + text.length };
        if (PERSON.test(text)) {
          current = { name: text, phone: null, email: null, source };
          contacts.push(current);
        } else if (current && !current.phone && PHONE.test(text)) {
          current.phone = PHONE.exec(text)![0];
        } else if (current && !current.email && EMAIL.test(text)) {
          current.email = EMAIL.exec(text)![0];
        }
      }
      if (k > 0 && raw.trim() === '' && current) break;
    }
    if (contacts.length >= 6) break;
  }
  return contacts.filter((c) => c.phone || c.email);
}
