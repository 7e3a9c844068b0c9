import { describe, expect, it } from 'vitest';
import { findCompanyName } from './company';
import { findDateline } from './dateline';
import { findTicker } from './ticker';

describe('findTicker', () => {
  it.each([
    ['(BW) (NY-AMERICAN-LOCKER-GROUP) (NASDAQ:ALGIE) ANNUAL REPORT', 'ALGIE', 'NASDAQ'],
    ['The Buckle, Inc. (NYSE: BKE) announced today', 'BKE', 'NYSE'],
    ['CoreWeave (Nasdaq: CRWV), the Essential Cloud for AI', 'CRWV', 'NASDAQ'],
    ['USA Truck, Inc. (NASDAQ NMS: USAK) announced today', 'USAK', 'NASDAQ'],
    ['Frontier Adjusters of America, Inc. (ASE-FAJ), a nationwide franchisor', 'FAJ', 'AMEX'],
    ['Olympic Steel, Inc., (ZEUS-NASDAQ), a leading national steel service center', 'ZEUS', 'NASDAQ'],
    ['shares are traded on the Nasdaq National Market under the symbol "EUSA."', 'EUSA', 'NASDAQ'],
  ])('reads %j', (text, ticker, exchange) => {
    expect(findTicker(text)).toMatchObject({ ticker, exchange });
  });

  it('points its source at the symbol itself', () => {
    const text = 'Sears, Roebuck and Co. (NYSE: S) today reported';
    const found = findTicker(text)!;
    expect(text.slice(found.source.start, found.source.end)).toBe('S');
  });

  it('finds nothing in a release without a listing', () => {
    expect(findTicker('Apple today announced financial results for its fiscal 2024 first quarter.')).toBeNull();
  });
});

describe('findDateline', () => {
  it('reads a Business Wire dateline with the date after the wire', () => {
    const text = 'BUSINESS EDITOR\n\n   JAMESTOWN,   NY-  (BUSINESS  WIRE)  July  27,  2005.  American  Locker  Group';
    expect(findDateline(text, null)).toMatchObject({ date: '2005-07-27', city: 'JAMESTOWN' });
  });

  it('reads "For Immediate Release: November 22, 2024"', () => {
    expect(findDateline('For Immediate Release: November 22, 2024 | web: www.buckle.com', null)?.date).toBe('2024-11-22');
  });

  it('reads a date in brackets after the city', () => {
    expect(findDateline('Louisville, Kentucky (November 4, 1997) --\nHealthcare Recoveries, Inc.', null)?.date).toBe('1997-11-04');
  });

  it('takes the year from elsewhere when the dateline gives only month and day', () => {
    const text = '    HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ -- Sears, Roebuck';
    expect(findDateline(text, 2004)?.date).toBe('2004-07-22');
  });

  it('never takes a date from running prose', () => {
    const text = 'CUPERTINO, CALIFORNIA — Apple today announced results for its quarter ended December 30, 2023.';
    expect(findDateline(text, 2024)).toBeNull();
  });
});

describe('findCompanyName', () => {
  it('takes the name right before the ticker', () => {
    const text = 'HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ -- Sears, Roebuck\nand Co. (NYSE: S) today reported';
    expect(findCompanyName(text, text.indexOf('S)'))?.name).toBe('Sears, Roebuck and Co.');
  });

  it('takes the subject of "announced" when there is no ticker by the name', () => {
    const text = 'JAMESTOWN, NY- (BUSINESS WIRE) July 27, 2005. American Locker Group\nIncorporated announced that it filed its Annual Report';
    expect(findCompanyName(text, null)?.name).toBe('American Locker Group Incorporated');
  });

  it('drops a trademark sign', () => {
    expect(findCompanyName('CUPERTINO, California—January 18, 2011—Apple® today announced financial results', null)?.name).toBe('Apple');
  });
});
