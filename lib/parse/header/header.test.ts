import { describe, expect, it } from 'vitest';
import { findCompanyName } from './company';
import { findDateline } from './dateline';
import { findTicker } from './ticker';

describe('findTicker', () => {
  it.each([
    ['(BW) (ME-GRANITE-KNOLL-BAKERIES) (NASDAQ:GKBYE) INTERIM SALES POSTED', 'GKBYE', 'NASDAQ'],
    ['Tallowmere Foods Corp. (NYSE: TLWF) said on Tuesday that', 'TLWF', 'NYSE'],
    ['Orvanta (Nasdaq: ORVT), maker of field sensors for vineyards', 'ORVT', 'NASDAQ'],
    ['Quarrystone Bancorp (NASDAQ NMS: QSBC) posted second-quarter earnings', 'QSBC', 'NASDAQ'],
    ['Pellridge Instruments Co. (ASE-PLR) has opened a second plant', 'PLR', 'AMEX'],
    ['Dorrance Valve, Inc., (DRVL-NASDAQ), a maker of irrigation fittings', 'DRVL', 'NASDAQ'],
    ['Its common units are listed on the Nasdaq National Market under the symbol "HRLW."', 'HRLW', 'NASDAQ'],
  ])('reads %j', (text, ticker, exchange) => {
    expect(findTicker(text)).toMatchObject({ ticker, exchange });
  });

  it('points its source at the symbol itself', () => {
    const text = 'Pimbury, Lock and Sons Co. (NYSE: P) said today';
    const found = findTicker(text)!;
    expect(text.slice(found.source.start, found.source.end)).toBe('P');
  });

  it('finds nothing in a release without a listing', () => {
    expect(findTicker('Harrowgate Looms posted sales for the thirteen weeks ended in March 2034.')).toBeNull();
  });
});

describe('findDateline', () => {
  it('reads a Business Wire dateline with the date after the wire', () => {
    const text = 'BUSINESS EDITOR\n\n   TIDEWATER,   ME-  (BUSINESS  WIRE)  June  18,  2011.  Granite  Knoll  Bakeries';
    expect(findDateline(text, null)).toMatchObject({ date: '2011-06-18', city: 'TIDEWATER' });
  });

  it('reads "For Immediate Release: September 12, 2027"', () => {
    expect(findDateline('For Immediate Release: September 12, 2027 | web: www.tallowmerefoods.com', null)?.date).toBe('2027-09-12');
  });

  it('reads a date in brackets after the city', () => {
    expect(findDateline('Ashgrove, Nebraska (November 21, 1996) --\nPellridge Instruments Co.', null)?.date).toBe('1996-11-21');
  });

  it('takes the year from elsewhere when the dateline gives only month and day', () => {
    const text = '    LANTERN BAY, Ore., January 27 /PRNewswire-FirstCall/ -- Pimbury, Lock';
    expect(findDateline(text, 2004)?.date).toBe('2004-01-27');
  });

  it('never takes a date from running prose', () => {
    const text = 'GALLOWAY FLATS, IDAHO — Harrowgate Looms today posted sales for the period ended March 30, 2033.';
    expect(findDateline(text, 2034)).toBeNull();
  });
});

describe('findCompanyName', () => {
  it('takes the name right before the ticker', () => {
    const text = '    LANTERN BAY, Ore., January 27 /PRNewswire-FirstCall/ -- Pimbury, Lock\nand Sons Co. (NYSE: P) today posted';
    expect(findCompanyName(text, text.indexOf('P)'))?.name).toBe('Pimbury, Lock and Sons Co.');
  });

  it('takes the subject of "announced" when there is no ticker by the name', () => {
    const text = 'TIDEWATER, ME- (BUSINESS WIRE) June 18, 2011. Granite Knoll Bakeries\nCorporation announced that it had moved its ovens to a new plant';
    expect(findCompanyName(text, null)?.name).toBe('Granite Knoll Bakeries Corporation');
  });

  it('drops a trademark sign', () => {
    expect(findCompanyName('GALLOWAY FLATS, Idaho—April 2, 2035—Orvanta® today unveiled its third soil probe', null)?.name).toBe('Orvanta');
  });
});
