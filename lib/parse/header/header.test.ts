import { describe, expect, it } from 'vitest';
import { findCompanyName } from './company';
import { findDateline } from './dateline';
import { findTicker } from './ticker';

describe('findTicker', () => {
  it.each([
    ['(BW) (OR-HALVERSON-PUMP-WORKS) (NASDAQ:HPWKE) QUARTERLY REPORT', 'HPWKE', 'NASDAQ'],
    ['The Marlowe Outfitters, Inc. (NYSE: MRLW) announced today', 'MRLW', 'NYSE'],
    ['Brightfen (Nasdaq: BRFN), the Practical Platform for Freight', 'BRFN', 'NASDAQ'],
    ['Prairie Haulage, Inc. (NASDAQ NMS: PRHL) announced today', 'PRHL', 'NASDAQ'],
    ['Keystone Appraisers of Ohio, Inc. (ASE-KAO), a regional franchisor', 'KAO', 'AMEX'],
    ['Cobalt Ridge Metals, Inc., (CRDG-NASDAQ), a leading regional aluminum distributor', 'CRDG', 'NASDAQ'],
    ['Class A shares are quoted on the Nasdaq National Market under the symbol "WYVR."', 'WYVR', 'NASDAQ'],
  ])('reads %j', (text, ticker, exchange) => {
    expect(findTicker(text)).toMatchObject({ ticker, exchange });
  });

  it('points its source at the symbol itself', () => {
    const text = 'Everly, Hatch and Co. (NYSE: E) today reported';
    const found = findTicker(text)!;
    expect(text.slice(found.source.start, found.source.end)).toBe('E');
  });

  it('finds nothing in a release without a listing', () => {
    expect(findTicker('Quillfeather today announced financial results for its fiscal 2031 second quarter.')).toBeNull();
  });
});

describe('findDateline', () => {
  it('reads a Business Wire dateline with the date after the wire', () => {
    const text = 'BUSINESS EDITOR\n\n   WILLOWMERE,   OR-  (BUSINESS  WIRE)  March  9,  2007.  Halverson  Pump  Works';
    expect(findDateline(text, null)).toMatchObject({ date: '2007-03-09', city: 'WILLOWMERE' });
  });

  it('reads "For Immediate Release: April 3, 2029"', () => {
    expect(findDateline('For Immediate Release: April 3, 2029 | web: www.marloweoutfitters.com', null)?.date).toBe('2029-04-03');
  });

  it('reads a date in brackets after the city', () => {
    expect(findDateline('Dunmorrow, Vermont (February 8, 1999) --\nClaimwell Services, Inc.', null)?.date).toBe('1999-02-08');
  });

  it('takes the year from elsewhere when the dateline gives only month and day', () => {
    const text = '    CEDAR HOLLOW, Mich., October 14 /PRNewswire-FirstCall/ -- Everly, Hatch';
    expect(findDateline(text, 2003)?.date).toBe('2003-10-14');
  });

  it('never takes a date from running prose', () => {
    const text = 'BRACKMOOR, OREGON — Quillfeather today announced results for its quarter ended September 27, 2030.';
    expect(findDateline(text, 2031)).toBeNull();
  });
});

describe('findCompanyName', () => {
  it('takes the name right before the ticker', () => {
    const text = 'CEDAR HOLLOW, Mich., October 14 /PRNewswire-FirstCall/ -- Everly, Hatch\nand Co. (NYSE: E) today reported';
    expect(findCompanyName(text, text.indexOf('E)'))?.name).toBe('Everly, Hatch and Co.');
  });

  it('takes the subject of "announced" when there is no ticker by the name', () => {
    const text = 'WILLOWMERE, OR- (BUSINESS WIRE) March 9, 2007. Halverson Pump Works\nIncorporated announced that it filed its Quarterly Report';
    expect(findCompanyName(text, null)?.name).toBe('Halverson Pump Works Incorporated');
  });

  it('drops a trademark sign', () => {
    expect(findCompanyName('BRACKMOOR, Oregon—May 6, 2032—Quillfeather® today announced financial results', null)?.name).toBe('Quillfeather');
  });
});
