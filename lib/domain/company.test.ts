import { describe, expect, it } from 'vitest';
import { CompanyKeySchema, companyKey } from './company';

describe('companyKey', () => {
  it.each([
    [{ name: 'NVIDIA Corporation', ticker: 'NVDA' }, 'nvda'],
    [{ name: 'Berkshire Hathaway Inc.', ticker: 'BRK.B' }, 'brk.b'],
    [{ name: 'American Locker Group Incorporated', ticker: null }, 'american-locker-group'],
    [{ name: 'The Procter & Gamble Company', ticker: null }, 'procter-and-gamble'],
    [{ name: 'Acme Holdings, L.P.', ticker: '  ' }, 'acme-holdings'],
  ])('keys %j as %j', (company, key) => {
    expect(companyKey(company)).toBe(key);
    expect(CompanyKeySchema.safeParse(key).success).toBe(true);
  });

  it('gives no key to a release that names neither its company nor its ticker', () => {
    expect([companyKey({ name: null, ticker: null }), companyKey({ name: 'Inc.', ticker: null })]).toEqual([null, null]);
  });

  it('refuses keys a URL could use to reach elsewhere', () => {
    expect(['../etc', 'A B', '', '-x'].map((k) => CompanyKeySchema.safeParse(k).success)).toEqual([false, false, false, false]);
  });
});
