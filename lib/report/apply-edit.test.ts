import { describe, expect, it } from 'vitest';
import { CorrectionFormSchema } from '@/lib/domain/correction';
import type { CustomerShare, Metric, ReleaseEvent } from '@/lib/domain/release';
import { applyEdit } from './apply-edit';

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
