import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../periods';
import type { Refiner } from '../../rules';
import { splitSentences } from '../../prose/sentences';
import type { EventCandidate, EventContext } from '../candidate';
import { extractEvents } from '../extract';
import { background } from './background';
import { boilerplate } from './boilerplate';
import { causes } from './causes';
import { headings } from './headings';
import { intent } from './intent';
import { negation } from './negation';
import { purpose } from './purpose';
import { quotes } from './quotes';
import { retellings } from './retellings';
import { specificType } from './specific-type';

// Each refiner on its own: the same text read with no refiner and with only this one.
const CALENDAR: Calendar = { stated: [{ end: '2023-09-30', months: 3, quarter: 3 }], fiscalYearEnd: [12, 31], anchor: '2023-10-26' };

function read(text: string, refiners: readonly Refiner<EventCandidate, EventContext>[], anchorAt: (at: number) => string | null = () => CALENDAR.anchor) {
  const context: EventContext = { text, calendar: CALENDAR, primary: CALENDAR.stated[0]!, skip: [], companyWords: new Set(['Acme']), anchorAt };
  return extractEvents([splitSentences(text)], context, refiners).map((e) => [e.type, e.date]);
}

describe('events/boilerplate', () => {
  it('drops what a hedged sentence holds, and keeps a plain one', () => {
    const hedged = 'Acme may be required to close its Denver plant.';
    expect(read(hedged, [])).toEqual([['restructuring', null]]);
    expect(read(hedged, [boilerplate])).toEqual([]);
    expect(read('Acme closed its Denver plant in August 2023.', [boilerplate])).toEqual([['restructuring', '2023-08']]);
  });

  it('drops what can be done, as what may be', () => {
    const possible = 'Service contracts can be obtained separately from Acme dealers.';
    expect(read(possible, []).map((e) => e[0])).toEqual(['contract_award']);
    expect(read(possible, [boilerplate])).toEqual([]);
  });

  it('drops a noun trigger told with a modal after it, and risk talk of what would harm the business', () => {
    expect(read('The termination of a large contract could reduce our revenue.', [])).toEqual([['contract_end', null]]);
    expect(read('The termination of a large contract could reduce our revenue.', [boilerplate])).toEqual([]);
    expect(read('A default under the credit agreement would materially and adversely affect us.', [boilerplate])).toEqual([]);
    expect(read('The termination of the Beta supply contract took effect in May 2023.', [boilerplate])).toEqual([['contract_end', '2023-05']]);
  });

  it('drops what is usual, what a rule requires, and what the company does as its business', () => {
    const usual = 'Severance costs typically decline as a restructuring plan nears its end.';
    expect(read(usual, []).map((e) => e[0])).toEqual(['restructuring', 'restructuring']);
    expect(read(usual, [boilerplate])).toEqual([]);
    const required = 'Under the settlement, Acme is required to file a new rate case by June 1, 2024.';
    expect(read(required, []).map((e) => e[0])).toEqual(['legal']);
    expect(read(required, [boilerplate])).toEqual([]);
    const business = 'Acme designs, builds and acquires pipeline properties in Oklahoma.';
    expect(read(business, []).map((e) => e[0])).toEqual(['acquisition']);
    expect(read(business, [boilerplate])).toEqual([]);
    // A past event after a list of plural nouns stays: "…, added contracts, and extended some of its contracts".
    expect(read('In August 2023, Acme bought new trucks, hired drivers, and acquired Beta Freight Inc.', [boilerplate])).toEqual([['acquisition', '2023-08']]);
  });

  it("drops a lender's credit losses, and keeps a write-off of assets", () => {
    expect(read('Write-offs, net of recoveries, were $11 million for the third quarter of 2023.', []).map((e) => e[0])).toEqual(['impairment']);
    expect(read('Write-offs, net of recoveries, were $11 million for the third quarter of 2023.', [boilerplate])).toEqual([]);
    expect(read('In the third quarter, Acme wrote off $11 million of obsolete inventory.', [boilerplate])).toEqual([['impairment', '2023-Q3']]);
  });

  it('drops a summary of cash returned to shareholders, not a repurchase program', () => {
    expect(read('Acme returned $80 million to shareholders through repurchases of its shares.', [boilerplate])).toEqual([]);
    expect(read('On October 2, 2023, the board approved a $200 million share repurchase program.', [boilerplate])).toEqual([['buyback', '2023-10-02']]);
  });
});

describe('events/headings', () => {
  it('drops a headline in title case, and keeps the sentence that tells it', () => {
    expect(read('Acme Completes Sale Of Pump Division', [])).toEqual([['divestiture', null]]);
    expect(read('Acme Completes Sale Of Pump Division', [headings])).toEqual([]);
    expect(read('Acme completed the sale of its pump division in July 2023.', [headings])).toEqual([['divestiture', '2023-07']]);
  });

  it('drops a dated link of a news index', () => {
    expect(read('Board raises quarterly dividend (Aug. 24, 2023)', [headings])).toEqual([]);
  });
});

describe('events/quotes', () => {
  it('drops what an executive says, and keeps what the release says', () => {
    const quoted = '“We closed the Denver plant after a hard year,” said Jane Roe, chief executive officer.';
    expect(read(quoted, [])).toEqual([['restructuring', null]]);
    expect(read(quoted, [quotes])).toEqual([]);
    expect(read('I am proud that we acquired Beta Instruments this year.', [quotes])).toEqual([]);
  });
});

describe('events/negation', () => {
  it('drops a negated trigger but keeps a frame that wants the negation', () => {
    expect(read('No layoffs are planned at the Ohio plant.', [])).toEqual([['restructuring', null]]);
    expect(read('No layoffs are planned at the Ohio plant.', [negation])).toEqual([]);
    expect(read('The state said it would not renew the contract, which ends on June 30, 2024.', [negation]).map((e) => e[0])).toEqual(['contract_end', 'contract_end']);
  });

  it('drops what the company has no intention or plan to do', () => {
    const text = 'Acme has no present intention to sell its stake in Halden Marine.';
    expect(read(text, []).map((e) => e[0])).toEqual(['divestiture']);
    expect(read(text, [negation])).toEqual([]);
    expect(read('Acme has no plans to close the Ohio plant.', [negation])).toEqual([]);
  });

  it('drops a sale the company stops making: it stops selling, it sells no business', () => {
    const text = 'Acme is discontinuing the sale of new Vector home policies in Ohio.';
    expect(read(text, []).map((e) => e[0])).toEqual(['divestiture']);
    expect(read(text, [negation])).toEqual([]);
    expect(read('In August 2023 Acme completed the sale of its Vector insurance unit.', [negation])).toEqual([['divestiture', '2023-08']]);
  });

  it('drops an example in a list', () => {
    expect(read('Results can suffer from events such as floods or hurricanes.', [negation])).toEqual([]);
  });

  it('drops a capacity, not a happening: "our ability to pay dividends", "the right to acquire"', () => {
    expect(read('The new loan terms do not limit our ability to pay dividends of up to $5 million a year.', [])).toEqual([['dividend', null]]);
    expect(read('The new loan terms do not limit our ability to pay dividends of up to $5 million a year.', [negation])).toEqual([]);
    expect(read('Acme holds the right to acquire the remaining shares of Halden Marine.', [negation])).toEqual([]);
    // A board that grants the authority to repurchase shares tells a buyback.
    expect(read('On October 2, 2023, the board gave Acme the authority to repurchase up to $50 million of its shares.', [negation]).map((e) => e[0])).toEqual(['buyback']);
  });
});

describe('events/causes', () => {
  it('drops a cause told again, a set-aside always', () => {
    const text = 'Acme lost its Nevada supply contract in May 2023. As a result of the termination of the Nevada contract, sales fell.';
    expect(read(text, [causes])).toEqual([['contract_end', '2023-05']]);
    expect(read('Excluding the impact of the patent settlement, margins rose.', [causes])).toEqual([]);
    // A list of items set aside: "before interest, depreciation and impairments".
    expect(read('Cash flow (net income before interest, depreciation and impairments) rose to $9 million.', [causes])).toEqual([]);
  });
});

describe('events/purpose', () => {
  it('drops what the company means to do with its means, of no party in particular', () => {
    const texts = [
      'Acme intends to use the net proceeds of the offering mainly for acquisitions of industrial product lines.',
      'The new credit line gives Acme resources to invest in the acquisition of businesses and technologies.',
      'Acme said the purchase fits its strategy of acquiring profitable regional companies.',
    ];
    expect(texts.map((t) => read(t, []).some((e) => e[0] === 'acquisition'))).toEqual([true, true, true]);
    expect(texts.map((t) => read(t, [purpose]).some((e) => e[0] === 'acquisition'))).toEqual([false, false, false]);
  });

  it('keeps a purchase made with the means when it names or counts what was bought', () => {
    expect(read('In August 2023 Acme used the proceeds to fund the acquisition of Beta Tools Inc.', [purpose])).toEqual([['acquisition', '2023-08']]);
    expect(read('In August 2023 Acme used the proceeds for the acquisition of two regional distributors.', [purpose])).toEqual([['acquisition', '2023-08']]);
  });
});

describe('events/intent', () => {
  it('drops what the company expects, hopes, weighs or may do, and a future told with a condition', () => {
    const texts = [
      'Acme expects to acquire one or two more businesses over the coming year.',
      'The Company is also exploring the sale of its marina properties.',
      'Acme will consider a sale of its foundry unit.',
      'Acme may open further plants in Ohio.',
      'Acme will close the Tulsa plant if orders do not recover.',
    ];
    expect(texts.map((t) => read(t, []).length > 0)).toEqual([true, true, true, true, true]);
    expect(texts.map((t) => read(t, [intent]))).toEqual([[], [], [], [], []]);
  });

  it('keeps a decision, a step set with its sum and time, and "May" as a month', () => {
    expect(read('Acme agreed to sell its foundry unit; the sale is expected to close in December 2023.', [intent])).toEqual([['divestiture', '2023-12']]);
    expect(read('Acme expects to repay a further $40 million of its term loan by December 2023.', [intent])).toEqual([['financing', '2023-12']]);
    expect(read('On May 3, 2023, Acme opened a plant in Ohio.', [intent])).toEqual([['facility', '2023-05-03']]);
  });
});

describe('events/background', () => {
  it('drops a career step years before the release, and a history over two and a half years old', () => {
    expect(read('Ms. Roe joined Acme in 2009 and was named treasurer in 2016.', [background])).toEqual([]);
    expect(read('Acme acquired Gamma Tools in 2019.', [background])).toEqual([]);
    expect(read('Acme acquired Gamma Tools in March 2023.', [background])).toEqual([['acquisition', '2023-03']]);
  });

  it("measures an event on a page of releases from the release it is told in, not from the page's date", () => {
    // The page is dated October 26, 2023; this release of it is dated May 2, 2022.
    const older = 'On May 2, 2022, Acme named Jane Roe treasurer.';
    expect(read(older, [background])).toEqual([]);
    expect(read(older, [background], () => '2022-05-02')).toEqual([['leadership', '2022-05-02']]);
  });
});

describe('events/specific-type', () => {
  it('gives a charge for severance to restructuring', () => {
    const text = 'Acme recorded a pretax charge of $4 million for severance costs in the third quarter.';
    expect(read(text, []).map((e) => e[0]).sort()).toEqual(['charge', 'restructuring']);
    expect(read(text, [specificType])).toEqual([['restructuring', '2023-Q3']]);
  });

  it('gives an order an arbitration panel issued to legal', () => {
    const text = 'On October 2, 2023, Acme received an order from the panel in the arbitration initiated by Beta Capital.';
    expect(read(text, []).map((e) => e[0]).sort()).toEqual(['legal', 'order', 'order']);
    expect(read(text, [specificType])).toEqual([['legal', '2023-10-02']]);
  });
});

describe('events/retellings', () => {
  it('keeps one event for a happening told twice, and two for two parties', () => {
    const told = 'On August 4, 2023, Acme acquired Halden Marine. The acquisition of Halden Marine adds two shipyards.';
    expect(read(told, []).length).toBe(2);
    expect(read(told, [retellings])).toEqual([['acquisition', '2023-08-04']]);
    expect(read('Acme partnered with Orsa Foods. Acme partnered with Pike Rail.', [retellings]).length).toBe(2);
  });

  it('reads a note that figures are recast for a split as the split told above, dated by the day the note says it was paid', () => {
    const told = 'On July 18, 2023, Acme declared a three-for-two stock split. Revenue rose 12% in the quarter. Margins widened. All per share figures have been restated to reflect the three-for-two stock split, which was paid on September 15, 2023.';
    expect(read(told, []).slice(-1)).toEqual([['stock_split', '2023-09-15']]);
    // A split is dated when it is paid or takes effect, as a dividend when it is payable.
    expect(read(told, [retellings])).toEqual([['stock_split', '2023-09-15']]);
  });

  it('reads an abbreviated month as no party: a dividend declared and then its payment date is one event', () => {
    const told = 'The board of Acme declared a quarterly dividend of 4 cents per share on Nov. 20, 2023. The dividend is payable on Jan. 2, 2024, to holders of record on Dec. 15, 2023.';
    expect(read(told, [])).toEqual([['dividend', '2024-01-02'], ['dividend', '2024-01-02']]);
    expect(read(told, [retellings])).toEqual([['dividend', '2024-01-02']]);
  });
});
