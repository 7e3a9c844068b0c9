import { describe, expect, it } from 'vitest';
import { CHANGE_COLUMN, LABEL_ADJUSTED } from '../lexicon/metrics';
import { classifyLabel } from './labels';

describe('classifyLabel', () => {
  it.each([
    ['Earnings for the period', 'net_income'],
    ['Net income (loss) for the year', 'net_income'],
    ['Profit 1', 'net_income'],
    ['Net income available to common stockholders', 'net_income'],
    ['Consolidated profit before taxes', 'pretax_income'],
    ['SALES, Net of returns and allowances', 'revenue'],
    ['Non-GAAP net income', 'net_income'],
    ['Income from continuing operations before minority interest and provision for income taxes', 'pretax_income'],
    ['Loss from continuing operations before income taxes', 'pretax_income'],
  ])('reads %j as %s', (label, metric) => {
    expect(classifyLabel(label, [])?.metrics).toEqual([metric]);
  });

  it.each(['Gross profit margin', 'Profit sharing expense', 'Net sales per square foot', 'Earnings'])('reads no metric from %j', (label) => {
    expect(classifyLabel(label, [])).toBeNull();
  });
});

describe('the basis a label states', () => {
  it.each([
    ['Net income before restructuring costs', false],
    ['Earnings per share before realized investment gains', false],
    ['Net income before a special charge', false],
    ['Income before income taxes', true],
    ['Income before extraordinary item', true],
  ])('%j is GAAP: %s', (label, gaap) => {
    expect(LABEL_ADJUSTED.test(label)).toBe(!gaap);
  });
});

describe('CHANGE_COLUMN', () => {
  it('takes "Inc/(Dec)" and "% Change" for changes, a month or a company name for none', () => {
    expect(['Inc/(Dec)', '% Change', 'Increase (Decrease)'].map((h) => CHANGE_COLUMN.test(h))).toEqual([true, true, true]);
    expect(['Three Months Ended Dec. 31', 'Acme Inc. 2031'].map((h) => CHANGE_COLUMN.test(h))).toEqual([false, false]);
  });
});
