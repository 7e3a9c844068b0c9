import { describe, expect, it } from 'vitest';
import { CorrectionFormSchema } from '@/lib/domain/correction';
import type { CustomerShare, Metric, ReleaseEvent } from '@/lib/domain/release';
import { ANALYST_RULE, applyEdit, newFact, repoint } from './apply-edit';

const source = { start: 1403, end: 1414 };
const revenue: Metric = {
  metric: 'revenue', period: { end: '2003-12-31', months: 12 }, value: 39_256_438, unit: 'USD', gaap: true, segment: null,
  derived: true, source, sources: [source], label: 'net sales', rule: 'metrics/derived-prior',
};
const usps: CustomerShare = { customer: 'United States Postal Service', aliases: ['USPS'], share: 53.9, basis: 'consolidated net sales', period: { end: '2004-12-31', months: 12 }, source, rule: 'customers/clause' };
const impairment: ReleaseEvent = { type: 'impairment', date: '2005-Q1', summary: 'Goodwill impairment of $6.4 million recorded', amount: 6_400_000, source, rule: 'events/impairment/write-down' };

const form = (fields: Record<string, string>) => CorrectionFormSchema.parse({ factKey: 'k', kind: 'metric', action: 'edit', reason: 'checked', ...fields });

describe('applyEdit', () => {
  it('reads a value written as in a release, and a corrected figure is no longer derived', () => {
    expect(applyEdit(revenue, form({ value: '$39,256,000' }))).toEqual({ ...revenue, value: 39_256_000, derived: false });
    expect(applyEdit(revenue, form({ value: '(1,234)' }))?.value).toBe(-1234);
  });

  it('reads a value with its own scale word, else in the scale picked; a per-share figure never scales', () => {
    expect([
      applyEdit(revenue, form({ value: '13.6B' }))?.value,
      applyEdit(revenue, form({ value: '$2.7 million' }))?.value,
      applyEdit(revenue, form({ value: '950K' }))?.value,
      applyEdit(revenue, form({ value: '49.0', scale: '1000000' }))?.value,
      applyEdit(revenue, form({ value: '(1,234)', scale: '1000' }))?.value,
      applyEdit(revenue, form({ metric: 'eps_diluted', value: '$1.73', scale: '1000000' }))?.value,
    ]).toEqual([13_600_000_000, 2_700_000, 950_000, 49_000_000, -1_234_000, 1.73]);
  });

  it('makes a figure non-GAAP or a segment\'s, and a blank segment consolidated again', () => {
    const adjusted = applyEdit(revenue, form({ basis: 'non_gaap', segment: 'Lockers' }));
    expect([adjusted?.gaap, adjusted?.segment]).toEqual([false, 'Lockers']);
    const back = applyEdit({ ...revenue, gaap: false, segment: 'Lockers' }, form({ basis: 'gaap', segment: '' }));
    expect([back?.gaap, back?.segment]).toEqual([true, null]);
    expect([applyEdit(revenue, form({}))?.gaap, applyEdit(revenue, form({}))?.segment]).toEqual([true, null]);
  });

  it('changes the type and period, and the unit with the type', () => {
    expect(applyEdit(revenue, form({ metric: 'eps_diluted', value: '1.38', periodEnd: '2003-09-30', periodMonths: '9' }))).toEqual({
      ...revenue, metric: 'eps_diluted', unit: 'USD/share', value: 1.38, period: { end: '2003-09-30', months: 9 }, derived: false,
    });
  });

  it('refuses an unreadable value or an impossible share', () => {
    expect(applyEdit(revenue, form({ value: 'about 39 million' }))).toBeNull();
    expect(applyEdit(usps, form({ kind: 'customer', value: '153.9' }))).toBeNull();
  });

  it('renames a customer and changes its share and period', () => {
    expect(applyEdit(usps, form({ kind: 'customer', customer: 'USPS', value: '54.1%', periodEnd: '2004-06-30', periodMonths: '6' }))).toEqual({
      ...usps, customer: 'USPS', share: 54.1, period: { end: '2004-06-30', months: 6 },
    });
  });

  it('retypes and redates an event; blank date and amount fields clear them', () => {
    expect(applyEdit(impairment, form({ kind: 'event', type: 'charge', date: '2005-03-31' }))).toEqual({ ...impairment, type: 'charge', date: '2005-03-31' });
    expect(applyEdit(impairment, form({ kind: 'event', date: '', amount: '' }))).toEqual({ ...impairment, date: null, amount: null });
    expect(applyEdit(impairment, form({ kind: 'event', date: 'next spring' }))).toBeNull();
  });
});

describe('newFact', () => {
  const text = 'Backlog aside, the company booked   net sales of $7.5 million\nin the period.';
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const add = (fields: Record<string, string>) => CorrectionFormSchema.parse({ kind: 'metric', action: 'add', reason: 'missed', ...fields });

  it('builds a stated metric from the form, labelled with the selected words and the analyst’s rule', () => {
    const source = at('net sales of $7.5 million');
    expect(newFact('metric', add({ metric: 'revenue', value: '7.5', scale: '1000000', periodEnd: '2008-03-31', periodMonths: '3' }), source, text)).toEqual({
      metric: 'revenue', period: { end: '2008-03-31', months: 3 }, value: 7_500_000, unit: 'USD', gaap: true, segment: null,
      derived: false, source, sources: [source], label: 'net sales of $7.5 million', rule: ANALYST_RULE,
    });
  });

  it('builds a customer share and an event whose summary is the selected words in one line', () => {
    const source = at('million\nin the period');
    expect(newFact('customer', add({ kind: 'customer', customer: 'Acme Stores', value: '12.5' }), source, text)).toEqual({
      customer: 'Acme Stores', aliases: [], share: 12.5, basis: 'net sales', period: null, source, rule: ANALYST_RULE,
    });
    expect(newFact('event', add({ kind: 'event', type: 'order', date: '2008-02', amount: '$2 million' }), source, text)).toEqual({
      type: 'order', date: '2008-02', summary: 'million in the period', amount: 2_000_000, source, rule: ANALYST_RULE,
    });
  });

  it('gives nothing when a field the fact needs is missing or unreadable', () => {
    const source = at('net sales');
    expect([
      newFact('metric', add({ metric: 'revenue', value: '7.5' }), source, text),
      newFact('metric', add({ metric: 'revenue', value: 'seven', periodEnd: '2008-03-31' }), source, text),
      newFact('metric', add({ metric: 'revenue', value: '7.5', periodEnd: 'March 2008' }), source, text),
      newFact('customer', add({ kind: 'customer', customer: 'Acme', value: '140' }), source, text),
      newFact('event', add({ kind: 'event' }), source, text),
    ]).toEqual([null, null, null, null, null]);
  });
});

describe('repoint', () => {
  it('moves a metric’s every source, or another fact’s one source, to the new words', () => {
    const elsewhere = { start: 10, end: 20 };
    expect(repoint(revenue, elsewhere)).toEqual({ ...revenue, source: elsewhere, sources: [elsewhere] });
    expect(repoint(usps, elsewhere)).toEqual({ ...usps, source: elsewhere });
  });
});
