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
    ['(Loss) earnings from continuing operations before income taxes', 'pretax_income'],
    ['Earnings (loss) per average common share', 'eps'],
    ['Operating loss', 'operating_income'],
    ['Loss from operations', 'operating_income'],
    ['Operating loss (income)', 'operating_income'],
  ])('reads %j as %s', (label, metric) => {
    expect(classifyLabel(label, [])?.metrics).toEqual([metric]);
  });

  it('reads a "Total" under a per-share section as the per-share figure, and under a dividend section as nothing', () => {
    expect(classifyLabel('TOTAL', ['Net income per common share:'])).toEqual({ metrics: ['eps'], perShare: true, gaap: true });
    expect(classifyLabel('Total', ['Diluted earnings per share:'])).toEqual({ metrics: ['eps_diluted'], perShare: true, gaap: true });
    expect(classifyLabel('Total', ['Dividends per share:'])).toBeNull();
  });

  it.each(['Gross profit margin', 'Profit sharing expense', 'Net sales per square foot', 'Earnings'])('reads no metric from %j', (label) => {
    expect(classifyLabel(label, [])).toBeNull();
  });
});

describe('labels written as us-gaap concepts', () => {
  it.each([
    ['us-gaap:Revenues', ['revenue'], false],
    ['SalesRevenueNet', ['revenue'], false],
    ['Revenue from Contract with Customer, Excluding Assessed Tax', ['revenue'], false],
    ['us-gaap_IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest', ['pretax_income'], false],
    ['us-gaap:NetIncomeLoss', ['net_income'], false],
    ['EarningsPerShareDiluted', ['eps_diluted'], true],
    ['us-gaap:EarningsPerShareBasicAndDiluted', ['eps'], true],
  ])('reads %j as %j, GAAP', (label, metrics, perShare) => {
    expect(classifyLabel(label, [])).toEqual({ metrics, perShare, gaap: true });
  });

  it('reads no metric from a concept that is no figure of ours, nor from a total that includes minority owners', () => {
    expect([classifyLabel('us-gaap:CostOfRevenue', []), classifyLabel('us-gaap:ProfitLoss', []), classifyLabel('us-gaap:NetIncomeLossAttributableToNoncontrollingInterest', [])]).toEqual([null, null, null]);
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
