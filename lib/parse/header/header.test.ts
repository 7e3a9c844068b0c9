import { describe, expect, it } from 'vitest';
import { findCompanyName } from './company';
import { findDateline, findDatelines } from './dateline';
import { parseRelease } from '../index';
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
    ['Brackwater Coffee Co. (OTC BB: BRKW) today reported', 'BRKW', 'OTC'],
    ['Tenley Mining Corp. (OTC Bulletin Board: TNLM) announced', 'TNLM', 'OTC'],
    ['Corvale Imaging Inc. (NASDAQ:NMS: CRVI) named two co-chairmen', 'CRVI', 'NASDAQ'],
    ['Fendrick shares trade on the NASDAQ National Market under the symbol FNDK.', 'FNDK', 'NASDAQ'],
    ['Solvar Trust (NYSE Arca: SLVT) declared', 'SLVT', 'NYSE'],
  ])('reads %j', (text, ticker, exchange) => {
    expect(findTicker(text)).toMatchObject({ ticker, exchange });
  });

  it('points its source at the symbol itself', () => {
    const text = 'Pimbury, Lock and Sons Co. (NYSE: P) said today';
    const found = findTicker(text)!;
    expect(text.slice(found.source.start, found.source.end)).toBe('P');
  });

  it("reads an 8-K cover's table of listed securities when the release names no listing", () => {
    const text = [
      'Securities registered pursuant to Section 12(b) of the Act:',
      '',
      'Registrant | Title of each class | Trading Symbol(s) | Name of each exchange on which registered',
      'Ardmore Power Company | Common Stock, par value $5 per share | ARDP | New York Stock Exchange',
      '',
      'Ardmore Power Company reported today that regulators approved its rate plan.',
    ].join('\n');
    const found = findTicker(text)!;
    expect({ ticker: found.ticker, exchange: found.exchange, at: text.slice(found.source.start, found.source.end) }).toEqual({ ticker: 'ARDP', exchange: 'NYSE', at: 'ARDP' });
    expect(findTicker('Title of each class | Trading Symbol(s) | Name of each exchange on which registered\nNone | N/A | N/A')).toBeNull();
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

  it('reads a date set at the right edge of its line, as PDF-to-text lays out a letterhead', () => {
    const text = `${' '.repeat(120)}Exhibit 99.1\nPimbury, Lock and Sons Co.\n${' '.repeat(128)}Feb. 6, 2031\n\nLOMBARD, Ill. – Pimbury, Lock and Sons Co. today reported`;
    expect(findDateline(text, null)?.date).toBe('2031-02-06');
  });

  it('takes a sentence that opens on a date when nothing else dates the release', () => {
    expect(findDateline('Item 8.01 Other Events.\nOn March 2, 2031, the commission approved the rate plan.', null)?.date).toBe('2031-03-02');
  });

  it('reads a date in brackets after the city', () => {
    expect(findDateline('Ashgrove, Nebraska (November 21, 1996) --\nPellridge Instruments Co.', null)?.date).toBe('1996-11-21');
  });

  it('takes the year from elsewhere when the dateline gives only month and day', () => {
    const text = '    LANTERN BAY, Ore., January 27 /PRNewswire-FirstCall/ -- Pimbury, Lock';
    expect(findDateline(text, 2004)?.date).toBe('2004-01-27');
  });

  it.each([
    ['a period end', 'PIMBURY REPORTS RESULTS\nFOR THE QUARTER ENDED MARCH 31, 2031\n\nApril 22, 2031 -- Pimbury, Lock and Sons Co. reported', '2031-04-22'],
    ['a sentence that opens on a date', 'Item 7. Exhibits\nOn March 2, 2031, the Registrant issued the following press release.\n\nDate: March 3, 2031\nOrvanta names a new chief', '2031-03-03'],
    ['a date that goes on the sentence above it', 'Hollis Vane took up his new duties on\nFebruary 3, 2031.\n\nMarch 4, 2031 -- Orvanta named a new chief', '2031-03-04'],
    ['the balance dates under a statement title', 'Consolidated Balance Sheets\nJune 30, 2030 and 2029\n\nFor release: July 19, 2030', '2030-07-19'],
    ['a mail or web server\'s timestamp above the release', 'Server: Apache\nDate: Thu, 20 Nov 2031 15:58:26 GMT\nContent-Type: text/html\n\nPIMBURY REPORTS RESULTS\n\nJuly 23, 2031-(Lombard, IL) Pimbury, Lock and Sons Co. reported', '2031-07-23'],
    ['a list of dates linking to other releases', 'News\n\nMay 5, 2030\n\nApril 2, 2030\n\nMarch 1, 2030\n\nOrvanta Names New Chief Executive\nIDAHO FALLS, Idaho, June 9, 2030 -- Orvanta', '2030-06-09'],
  ])('passes over %s', (_, text, date) => {
    expect(findDateline(text, null)?.date).toBe(date);
  });

  it('takes no date from a row of table cells', () => {
    expect(findDateline('Three Months Ended\nDecember 30, | December 31,\n2031 | 2030', null)).toBeNull();
  });

  it('reads the day before the month, as British releases write it', () => {
    expect(findDateline('Interim Results\n\n16 June 2031\n\nPellridge plc today announced', null)?.date).toBe('2031-06-16');
  });

  it('never takes a date from running prose', () => {
    const text = 'GALLOWAY FLATS, IDAHO — Harrowgate Looms today posted sales for the period ended March 30, 2033.';
    expect(findDateline(text, 2034)).toBeNull();
  });
});

describe('findDatelines', () => {
  it("finds each release's dateline on a news page: a bracket run into the story, a dash without a space, a stray point before the year", () => {
    const page = [
      'Harrowgate Mills News',
      '',
      '(Tulsa, Oklahoma, March 3, 2031) Harrowgate Mills Inc. opened a plant.',
      '',
      'Dayton, OH (February 11, 2031)-Harrowgate Mills Inc. named a treasurer.',
      '',
      '(Tulsa, Oklahoma, January 20.2031)Harrowgate Mills Inc. sold its bakery unit.',
    ].join('\n');
    expect(findDatelines(page, '2031-03-03').map((d) => d.date)).toEqual(['2031-03-03', '2031-02-11', '2031-01-20']);
  });

  it("takes a date alone on its line when the next line opens on the story's place and a dash", () => {
    const page = ['HARROWGATE NAMES A TREASURER', '', 'February 11, 2031', '', '(DAYTON, OH) - Harrowgate Mills Inc. named a treasurer.'].join('\n');
    expect(findDatelines(page, '2031-03-03')).toEqual([{ at: 30, date: '2031-02-11' }]);
  });

  it('takes no date alone on its line above a table or a sentence', () => {
    const statement = ['BALANCE SHEET', '', 'December 31, 2030', '', 'Cash and equivalents   1,204', '', 'March 2, 2031', '', 'The board met to review the plan.'].join('\n');
    expect(findDatelines(statement, '2031-03-03')).toEqual([]);
  });
});

describe('findCompanyName', () => {
  it('joins no name across a sentence: "… in the United States. The Company …"', () => {
    const text = 'Most sales were made in the United States. The Company sells through distributors. Sales to Orvanta Corp. rose.';
    expect(findCompanyName(text, null)?.name).toBe('Orvanta Corp.');
  });

  it('takes the name right before the ticker', () => {
    const text = '    LANTERN BAY, Ore., January 27 /PRNewswire-FirstCall/ -- Pimbury, Lock\nand Sons Co. (NYSE: P) today posted';
    expect(findCompanyName(text, text.indexOf('P)'))?.name).toBe('Pimbury, Lock and Sons Co.');
  });

  it('takes the subject of "announced" when there is no ticker by the name', () => {
    const text = 'TIDEWATER, ME- (BUSINESS WIRE) June 18, 2011. Granite Knoll Bakeries\nCorporation announced that it had moved its ovens to a new plant';
    expect(findCompanyName(text, null)?.name).toBe('Granite Knoll Bakeries Corporation');
  });

  it('starts the name after a contact\'s title, and reads "The …" names', () => {
    const text = 'Contact: Jane Roe, Chief Financial Officer\nThe Birchwood Group, Inc.\n\nOMAHA, Neb., May 2, 2034 -- The Birchwood Group, Inc. (NYSE: BWG) today announced';
    expect(findCompanyName(text, text.indexOf('BWG'))?.name).toBe('The Birchwood Group, Inc.');
  });

  it('reads names with numbers in them, and a word of a title inside a name as the name\'s', () => {
    expect(findCompanyName('DENVER, Colo.--May 2, 2034--Tier 5 Networks Inc. today reported revenue', null)?.name).toBe('Tier 5 Networks Inc.');
    expect(findCompanyName('ST. PAUL, Minn.--May 2, 2034--4K Optics Company today announced a new lens', null)?.name).toBe('4K Optics Company');
    expect(findCompanyName('AUSTIN, Texas--May 2, 2034--Harbor Communications Inc. today reported revenue', null)?.name).toBe('Harbor Communications Inc.');
    // A year before the name is no part of it.
    expect(findCompanyName('In 2033 Pell Mills Inc. reported record sales', null)?.name).toBe('Pell Mills Inc.');
  });

  it('starts the name after a dateline run into it, and drops a spelled-out trademark', () => {
    expect(findCompanyName('BOISE--Hollow Creek Gas, Inc., the parent of two utilities, reported earnings', null)?.name).toBe('Hollow Creek Gas, Inc.');
    expect(findCompanyName('CUPERTINO, Calif.--Jan. 5, 2032--Orchard-Registered Trademark- today announced a new tablet', null)?.name).toBe('Orchard');
  });

  it('takes no name from a table row or from "the Board of Directors"', () => {
    expect(findCompanyName('Dividends declared per share     $ 0.57    $ 0.55', null)).toBeNull();
    expect(findCompanyName('The Board of Directors announced a dividend of $0.10 per share.', null)).toBeNull();
  });

  it('drops a trademark sign', () => {
    expect(findCompanyName('GALLOWAY FLATS, Idaho—April 2, 2035—Orvanta® today unveiled its third soil probe', null)?.name).toBe('Orvanta');
  });
});

describe('the headline', () => {
  const headline = (text: string) => parseRelease(text).headline?.text ?? null;

  it.each([
    [
      'past a web page\'s navigation, and without the highlights under it',
      'Products & Services & Support & Investors\n\nOrvanta Announces Results for Its Third Quarter\n\n• Revenue of $12.1 million, up 8%\n• Net income of $1.4 million\n\nBOISE, Idaho, Nov. 2, 2031 -- Orvanta Inc. (NASDAQ: ORVT) posted its third-quarter results.',
      'Orvanta Announces Results for Its Third Quarter',
    ],
    [
      'past a letterhead\'s address and a contact\'s title, with its second line',
      'Harrowgate Looms\n1200 Mill Street\nGalloway Flats, ID 83201\n\nJane Roe, Vice President\n\nHARROWGATE LOOMS NAMES NEW CHIEF\nFINANCIAL OFFICER\n\nGALLOWAY FLATS, Idaho, May 2, 2031 -- Harrowgate Looms Inc. named Hollis Vane its finance chief.',
      'HARROWGATE LOOMS NAMES NEW CHIEF FINANCIAL OFFICER',
    ],
    [
      'split over two paragraphs, the verb on the first',
      'Pellridge Acquires\n\nNorthfield Valve Company\n\nASHGROVE, Neb., June 3, 2031 -- Pellridge Instruments Co. (NYSE: PLR) bought a maker of valves.',
      'Pellridge Acquires Northfield Valve Company',
    ],
    [
      'below a dateline that heads the page',
      'For Immediate Release: June 3, 2031\n\nContact: Jane Roe, (402) 555-0188\n\nPELLRIDGE REPORTS RECORD SALES\n\nPellridge Instruments Co. (NYSE: PLR) posted sales of $40.2 million for its second quarter.',
      'PELLRIDGE REPORTS RECORD SALES',
    ],
    [
      'that reports with a verb, not a page title of nouns ("Earnings Release")',
      'Pellridge Instruments Co.\n1Q 2031 Earnings Release\n\nApril 28, 2031\n\nPellridge Reports First-Quarter 2031 Results\n\nASHGROVE, Neb. -- Pellridge Instruments Co. (NYSE: PLR) posted sales of $40.2 million.',
      'Pellridge Reports First-Quarter 2031 Results',
    ],
  ])('is found %s', (_, text, expected) => {
    expect(headline(text)).toBe(expected);
  });

  it('is never an HTTP header, a cover page line or a statement title', () => {
    const text = 'SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\nCONSOLIDATED STATEMENTS OF OPERATIONS\n\nOrvanta Names Hollis Vane Chief Executive\n\nBOISE, Idaho, Jan. 4, 2032 -- Orvanta Inc. named a new chief.';
    expect(headline(text)).toBe('Orvanta Names Hollis Vane Chief Executive');
  });
});
