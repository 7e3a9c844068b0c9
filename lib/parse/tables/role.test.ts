import { describe, expect, it } from 'vitest';
import { parseRelease } from '../index';
import { rowHint, tableRole } from './role';

describe('tableRole', () => {
  it.each([
    ['CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (in thousands)', 'income_statement'],
    ['Consolidated Statements of Comprehensive Income', 'income_statement'],
    ['Reconciliation of GAAP to Non-GAAP Financial Measures', 'reconciliation'],
    ['Adjusted EBITDA', 'reconciliation'],
    ['CONSOLIDATED BALANCE SHEETS', 'balance_sheet'],
    ['Statements of Financial Condition', 'balance_sheet'],
    ['Condensed Statements of Cash Flows', 'cash_flow'],
    ['Financial Highlights', 'other'],
  ])('reads %j as %s', (title, kind) => {
    expect(tableRole(title, new Set()).kind).toBe(kind);
  });

  it('takes the kind from a row where the title says nothing, and a table by segment apart from its kind', () => {
    expect(tableRole('', new Set(['cash_flow']))).toEqual({ kind: 'cash_flow', bySegment: false });
    expect(tableRole('Operating income by segment', new Set())).toEqual({ kind: 'other', bySegment: true });
    expect(tableRole('Adjusted segment results', new Set())).toEqual({ kind: 'reconciliation', bySegment: true });
  });

  it('hears a kind only from rows no other table has', () => {
    expect(['Total assets', "Total stockholders' equity", 'Net cash provided by operating activities', 'Net income', 'Total revenues', 'Operating income'].map(rowHint)).toEqual([
      'balance_sheet',
      'balance_sheet',
      'cash_flow',
      null,
      null,
      null,
    ]);
  });
});

describe('the statement of operations as the authority', () => {
  // Figures in thousands; the highlights round down to tenths of a million and the cash flow
  // statement's net income includes the minority owners' share.
  const text = [
    'AUSTIN, Texas, February 9, 2031 -- Larchmont Systems Inc. (NYSE: LMS) today reported results for 2030.',
    '',
    'FINANCIAL HIGHLIGHTS ($ in millions)',
    '\tYear Ended December 31,',
    '\t2030\t2029',
    'Revenues\t$812.4\t$760.1',
    'Income before income taxes\t96.2\t88.4',
    '',
    'CONSOLIDATED STATEMENTS OF OPERATIONS (in thousands)',
    '\tYear Ended December 31,',
    '\t2030\t2029',
    'Revenues\t$812,436\t$760,112',
    'Income before income taxes\t96,275\t88,431',
    'Net income\t70,118\t64,090',
    '',
    'CONSOLIDATED STATEMENTS OF CASH FLOWS (in thousands)',
    '\tYear Ended December 31,',
    '\t2030\t2029',
    'Cash flows from operating activities:',
    'Net income\t71,902\t65,377',
  ].join('\n');

  it('takes each figure from the statement of operations, whatever table states it first', () => {
    const year = parseRelease(text).metrics.filter((m) => m.gaap && m.segment === null);
    expect(year.map((m) => [m.metric, m.period.end, m.value])).toEqual([
      ['revenue', '2030-12-31', 812_436_000],
      ['revenue', '2029-12-31', 760_112_000],
      ['pretax_income', '2030-12-31', 96_275_000],
      ['pretax_income', '2029-12-31', 88_431_000],
      ['net_income', '2030-12-31', 70_118_000],
      ['net_income', '2029-12-31', 64_090_000],
    ]);
  });
});
