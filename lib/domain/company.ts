import { z } from './zod';

// Words of a legal form, which two releases of one company may write or leave out.
const LEGAL_FORM = /\b(?:the|incorporated|inc|corporation|corp|company|co|limited|ltd|plc|llc|l\s?p|n\s?v|s\s?a)\b/g;

/**
 * The key of a company's page (/companies/[key]): its ticker, else its name in lower case without
 * its legal form ("American Locker Group Incorporated" is "american-locker-group"). Null when the
 * release names neither.
 */
export function companyKey(company: { name: string | null; ticker: string | null }): string | null {
  const ticker = company.ticker?.trim().toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, '');
  if (ticker) return ticker;
  const words = (company.name ?? '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(LEGAL_FORM, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 0 ? words.join('-').slice(0, 80) : null;
}

/** A company key as a URL gives it. */
export const CompanyKeySchema = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,79}$/);
