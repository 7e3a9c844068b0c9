import { LEGAL_FORM_AFTER_COMMA } from '../lexicon/companies';
import { CUSTOMER_NOUNS, LEAD_IN, NOT_CUSTOMERS, PAYERS, USUAL_NAMES } from '../lexicon/customers';
import { anyOf, escape } from '../lexicon/patterns';
import { ENDS_IN_LEGAL_FORM } from '../lexicon/statements';
import { matchesOf } from '../text/regex';

const CUSTOMER_NOUN = new RegExp(String.raw`\b${anyOf(CUSTOMER_NOUNS.flatMap((n) => [n, `${n}s`]))}\b`, 'i');
const NOT_A_CUSTOMER = new RegExp(String.raw`\b${anyOf(NOT_CUSTOMERS)}\b`, 'i');
// "three wholesalers distributing products for …", "one customer that sells to …": the holder is the head of its phrase.
const HEAD_NOUN = new RegExp(String.raw`^((?:(?:the|our|its|one|a|an|two|three|four|five|six|seven|eight|nine|ten|\d+|top|largest|major|significant|single|same|other|individual|certain|[\w-]+)\s+){0,4}?${CUSTOMER_NOUN.source})(?:\s+(?:that|which|who|whose|distributing|selling|providing|located|based|with|for|in|of\s+(?:the|our|its|their)\s+(?:company|products))\b|\s*,\s+(?:a|an|the)\s+[a-z]).*$`, 'i');
// "the U.S. Government through direct and indirect channels": a name ends before a trailing phrase.
const TRAILING_PHRASE = /\s+(?:through|via|under|during|as\s+well\s+as|in\s+(?:the\s+)?aggregate|individually|collectively|and\s+(?:its|their)\s+(?:affiliates|subsidiaries))\b[\s\S]*$|\s+(?:trade\s+)?(?:accounts?\s+)?receivables?(?:\s+balances?)?$/;
// "customers outside the United States", "customers in foreign countries": a kind of buyer, by place; not one holder.
const BUYERS_BY_PLACE = new RegExp(String.raw`^(?:(?:our|its|the|all|other)\s+)?${anyOf(CUSTOMER_NOUNS.map((n) => `${n}s`))}\s+(?:in|outside|located|based)\b`, 'i');
const ONE_BUYER = new RegExp(String.raw`^(?:an?|one|its|our|the)\s+(?:[\w-]+\s+){0,2}${anyOf(CUSTOMER_NOUNS)}$`, 'i');
const CORPORATE_COMMA = new RegExp(String.raw`,\s+(?=${LEGAL_FORM_AFTER_COMMA})`, 'g');
const QUOTED_ALIAS = /\s*\((?:the\s+)?[“"]([^”"]{1,40})[”"]\)/;
const PAREN = /\s*\(([^()]{1,60})\)/;

/** Who a concentration figure is about: a named customer, or a group ("top ten customers"). */
export type Entity = { name: string; aliases: string[]; start: number; end: number };


function trimLeadIn(text: string): string {
  let out = text.trim();
  for (let guard = 0; guard < 12; guard++) {
    const next = out.replace(LEAD_IN, '').trim();
    if (next === out) break;
    out = next;
  }
  return out.replace(/[,\s]+(?:which|who|that|each|together|collectively|combined|in\s+the\s+aggregate)$/i, '').replace(/[\s,;:]+$/, '');
}

function capitalisedName(text: string): boolean {
  return /^(?:[A-Z0-9][\w&.'’-]*|&|and|of|the|de)(?:[\s,]+(?:[A-Z0-9][\w&.'’-]*|&|and|of|the|de|\([^()]*\)))*$/.test(text) && /[A-Z]/.test(text);
}

/**
 * "Harlow Markets", "Pacific Industrial Supply": a word of a kind of buyer inside a proper name, after
 * its first word, names a company; "International sales", "Foreign customers" open with it.
 */
function properNameWithWord(name: string): boolean {
  const first = /^\S+/.exec(name)?.[0] ?? '';
  return capitalisedName(name) && /\s/.test(name) && /^[A-Z]/.test(first) && !NOT_A_CUSTOMER.test(first);
}

/** Whether a phrase uses a customer noun ("one customer", "three wholesalers"). */
export function namesCustomerNoun(name: string): boolean {
  return CUSTOMER_NOUN.test(name);
}

/** Whether a phrase names a customer (or group of customers) rather than a region, product or channel. */
export function isCustomer(name: string): boolean {
  // "No single customer accounted for more than 12%": a bound on every customer, held by none.
  if (/^(?:no|none)\b/i.test(name)) return false;
  // "an international distributor", "a Japanese customer": one buyer, however described.
  if (ONE_BUYER.test(name)) return true;
  // "CEAC International Limited", "Delta Industrial Products, Inc.": companies, whatever their words.
  if (capitalisedName(name) && ENDS_IN_LEGAL_FORM.test(name)) return true;
  if (NOT_A_CUSTOMER.test(name) && !properNameWithWord(name)) return false;
  if (CUSTOMER_NOUN.test(name)) return true;
  return capitalisedName(name) || PAYERS.test(name);
}

/**
 * One or several customers named in a clause's subject: "Sales to USPS", "Amazon, Microsoft and
 * Arris", "The Company’s largest customer (Boeing)", "one customer, Power & Telephone Supply
 * Company (Power & Tel)". Abbreviations the release defines elsewhere become aliases.
 */
export function readEntities(raw: string, at: number, definitions: Map<string, string>, many: boolean): Entity[] {
  const cleaned = trimLeadIn(raw);
  if (!cleaned) return [];
  const start = at + raw.indexOf(cleaned);
  const pieces = many ? splitList(cleaned) : [{ name: cleaned, written: cleaned }];
  const entities: Entity[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const at = Math.max(cleaned.indexOf(piece.written, cursor), 0);
    cursor = at + piece.written.length;
    const entity = readOne(piece.name, start + at, definitions);
    if (entity) entities.push({ ...entity, end: start + at + piece.written.length });
  }
  return entities;
}

/** "Amazon, Microsoft and Arris" apart, keeping "Cardinal Health, Inc." whole; "Customers A, B and C" as three. */
function splitList(text: string): { name: string; written: string }[] {
  // Commas of "Cardinal Health, Inc." and inside brackets ("(“Caremark,”)") part no names.
  const protectedText = text.replace(CORPORATE_COMMA, '\u0000').replace(/\([^()]*\)/g, (bracket) => bracket.replace(/,/g, '\u0001'));
  const pieces = protectedText
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((p) => p.replace(/\u0000/g, ', ').replace(/\u0001/g, ',').trim())
    .filter(Boolean);
  const lettered = /^(?:\w+\s+)?(customers|clients)\s+([A-Z])$/i.exec(pieces[0] ?? '');
  if (lettered && pieces.slice(1).every((p) => /^[A-Z]$/.test(p))) {
    const noun = lettered[1]!.replace(/s$/i, '');
    const letters = [lettered[2]!, ...pieces.slice(1)];
    return letters.map((letter, i) => ({ name: `${noun[0]!.toUpperCase()}${noun.slice(1)} ${letter}`, written: i === 0 ? pieces[0]! : letter }));
  }
  return pieces.map((piece) => ({ name: piece, written: piece }));
}

function readOne(piece: string, start: number, definitions: Map<string, string>): Entity | null {
  // "…, who serves as a reseller of the Company’s product …,": a relative clause says what, not who.
  let name = trimLeadIn(piece.replace(/,\s+(?:who|which)\b[^,]*,?/g, ' '));
  const aliases: string[] = [];
  const quoted = QUOTED_ALIAS.exec(name);
  if (quoted) {
    // ("“Caremark,”"): the comma inside the quotes belongs to the sentence.
    aliases.push(quoted[1]!.trim().replace(/[,;.]+$/, ''));
    name = name.replace(quoted[0], '').trim();
  }
  // "largest customer (Boeing)": the name is in brackets, the description is the alias.
  const paren = PAREN.exec(name);
  if (paren && new RegExp(`${CUSTOMER_NOUN.source}\\s*$`, 'i').test(name.slice(0, paren.index)) && /^[A-Z]/.test(paren[1]!)) {
    aliases.push(name.slice(0, paren.index).trim());
    name = paren[1]!.trim();
  }
  if (BUYERS_BY_PLACE.test(name)) return null;
  // "one customer, Power & Telephone Supply Company (Power & Tel)": the name follows the description,
  // whose determiner a lead-in may have taken ("[Our] largest customer, Halden Stores").
  const appositive = /^((?:(?:[Oo]ne|[Aa]n?|[Aa]nother|[Oo]ur|[Tt]he|[Ii]ts)\s+)?(?:[a-z][\w-]*\s+){0,3}(?:customer|client|distributor|wholesaler|retailer))\s*,\s+(.+)$/.exec(name);
  if (appositive && /^[A-Z]/.test(appositive[2]!)) {
    aliases.push(appositive[1]!);
    name = appositive[2]!;
    const inner = PAREN.exec(name);
    if (inner) {
      aliases.push(inner[1]!);
      name = name.replace(inner[0], '').trim();
    }
  }
  // "three wholesalers distributing products", "the U.S. Government through direct channels": the head, not its modifiers.
  name = name.replace(HEAD_NOUN, '$1').replace(TRAILING_PHRASE, '');
  // "T-Mobile USA, Inc., a subsidiary of Deutsche Telekom": the parent is not the customer's name.
  name = name.replace(/,\s+(?:a\s+|the\s+)?(?:wholly[- ]owned\s+)?subsidiar(?:y|ies)\s+of\s+[\s\S]*$/i, '');
  name = name.replace(/[.,;:\s]+$/, '').replace(/^(?:the)\s+/i, (m) => (CUSTOMER_NOUN.test(name) ? '' : m));
  if (!name || name.length > 90 || !isCustomer(name)) return null;
  const full = definitions.get(name) ?? USUAL_NAMES[name];
  if (full && full !== name) {
    aliases.push(name);
    name = full;
  }
  // A name wrapped across lines ("United States Postal\n  Service") is one name.
  return { name: oneLine(name), aliases: [...new Set(aliases.map(oneLine))], start, end: start + piece.length };
}

function oneLine(words: string): string {
  return words.replace(/\s+/g, ' ');
}


const DEFINITION = /\b([A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&)){0,6})\s*\((?:the\s+)?[“"]?([A-Z][\w&.'’ -]{0,20}?)[”"]?\)/g;

/** Abbreviations a text defines: "United States Postal Service (USPS)" maps USPS to the full name. */
export function findDefinitions(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of matchesOf(DEFINITION, text)) {
    const short = oneLine(m[2]!.trim());
    // "Ostrava and Pell Networks Ltd. (“Pell”)": the full name starts at the short one's first word.
    const written = oneLine(m[1]!.trim());
    const first = written.search(new RegExp(String.raw`(?:^|\s)${escape(short.split(/\s+/)[0]!)}\b`));
    const full = first > 0 ? written.slice(first).trim() : written;
    if (short.length < full.length && short.split(/\s+/).length <= 3) map.set(short, full);
  }
  return map;
}
