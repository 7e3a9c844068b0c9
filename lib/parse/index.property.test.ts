import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParsedReleaseSchema, type ParsedRelease } from '@/lib/domain/release';
import { parseRelease } from './index';

const SEED = readFileSync(path.join(__dirname, '..', '..', 'public', 'samples', 'american-locker-2005.txt'), 'utf8');

/** Every {start, end} anywhere in the result. */
function sources(value: unknown, out: { start: number; end: number }[] = []): { start: number; end: number }[] {
  if (Array.isArray(value)) value.forEach((v) => sources(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') out.push({ start: o.start, end: o.end });
    Object.values(o).forEach((v) => sources(v, out));
  }
  return out;
}

/** The properties every input must keep: no throw, a valid result, offsets inside its text. */
function holds(input: string | Uint8Array): void {
  const result: ParsedRelease = parseRelease(input);
  expect(ParsedReleaseSchema.safeParse(result).success).toBe(true);
  for (const s of sources({ ...result, text: undefined })) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(result.text.length);
  }
}

const words = fc.constantFrom(
  'Net sales', 'net income', 'revenue', 'increased', 'to', '$1,234', '(5,678)', '12.5%', 'in thousands', 'per share', '$0.42',
  'December 31, 2004', 'third quarter', 'fiscal 2005', 'compared with', 'USPS', 'accounted for', 'of net sales', 'NASDAQ: ALGIE',
  '--', '|', '\n', '\n\n', '    ', '.', ',', '(', ')', 'impairment', 'contract expired on May 31, 2005', 'today', 'a year ago',
);
const releaseLike = fc.array(words, { maxLength: 120 }).map((w) => w.join(' '));

const tag = fc.constantFrom('p', 'div', 'table', 'tr', 'td', 'th', 'b', 'font', 'pre', 'br', 'script', 'style', 'iframe', 'a', 'span', 'title');
type Html = string;
const html: fc.Arbitrary<Html> = fc.letrec<{ node: Html }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    words,
    fc.string({ maxLength: 20 }),
    fc.tuple(tag, fc.array(tie('node'), { maxLength: 5 }), fc.boolean(), fc.constantFrom('', ' colspan="2"', ' onerror="x()"', ' href="javascript:x()"'))
      .map(([t, children, closed, attr]) => `<${t}${attr}>${children.join('')}${closed ? `</${t}>` : ''}`),
  ),
})).node;

describe('parseRelease on any input (fast-check)', () => {
  it('never throws on random strings, full Unicode included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), holds), { numRuns: 300 });
  });

  it('never throws on random bytes (binary, invalid UTF-8)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), holds), { numRuns: 300 });
  });

  it('never throws on release-like word soup', () => {
    fc.assert(fc.property(releaseLike, holds), { numRuns: 300 });
  });

  it('never throws on random HTML with tables, scripts and unclosed tags', () => {
    fc.assert(fc.property(html.map((h) => `<html><body>${h}</body></html>`), holds), { numRuns: 200 });
  });

  it('never throws on the sample release with random cuts, insertions and repeats', () => {
    const mutation = fc.tuple(fc.nat(SEED.length), fc.nat(400), fc.oneof(words, fc.string({ maxLength: 30 })), fc.nat(3));
    const mutated = fc.array(mutation, { minLength: 1, maxLength: 8 }).map((edits) =>
      edits.reduce((text, [at, length, insert, repeat]) => {
        const cut = text.slice(at, at + length);
        return text.slice(0, at) + insert + cut.repeat(repeat) + text.slice(at + length);
      }, SEED),
    );
    fc.assert(fc.property(mutated, holds), { numRuns: 150 });
  });
});
