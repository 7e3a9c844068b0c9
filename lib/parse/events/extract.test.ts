import { describe, expect, it } from 'vitest';
import { EVENT_REFINERS } from '../configuration';
import type { Calendar } from '../periods';
import { splitSentences } from '../prose/sentences';
import { extractEvents } from './extract';

// A calendar-year company reporting its third quarter of 2023 on October 26, 2023.
const Q3_2023: Calendar = { stated: [{ end: '2023-09-30', months: 3, quarter: 3 }], fiscalYearEnd: [12, 31], anchor: '2023-10-26' };

function events(text: string, calendar: Calendar = Q3_2023) {
  const context = {
    text,
    calendar,
    primary: calendar.stated[0] ?? null,
    skip: [],
    companyWords: new Set(['Acme']),
    anchorAt: () => calendar.anchor,
  };
  // Blank lines part paragraphs, as in a release.
  const paragraphs: ReturnType<typeof splitSentences>[] = [];
  let at = 0;
  for (const block of text.split(/\n\s*\n/)) {
    const start = text.indexOf(block, at);
    paragraphs.push(splitSentences(text, start, start + block.length));
    at = start + block.length;
  }
  return extractEvents(paragraphs, context, EVENT_REFINERS).map(({ type, date, amount, summary, rule }) => ({ type, date, amount, summary, rule }));
}

describe('event frames: a lemma of a type with the object it needs', () => {
  it('dates a report filed or restated by when, not by the period it covers', () => {
    expect(events('In August 2023, Acme restated its financial statements for the year ended December 31, 2022.').map((e) => [e.type, e.date])).toEqual([['restatement', '2023-08']]);
    expect(events('Acme filed its Quarterly Report on Form 10-Q for the second quarter of 2023 on August 14, 2023.').map((e) => [e.type, e.date])).toEqual([['filing', '2023-08-14']]);
  });

  it('reads the lead sentence whole: the colon of "(NASDAQ: ACME)" parts no clause', () => {
    expect(events('Acme Corp. (NASDAQ: ACME) today announced that it has sold its valve unit to Beta Corp. for $30 million.')).toEqual([
      { type: 'divestiture', date: '2023-10-26', amount: 30_000_000, summary: 'Sold its valve unit to Beta Corp. for $30 million', rule: 'events/divestiture/sell' },
    ]);
  });

  it('reads a purchase of a named company, priced, in a quarter', () => {
    expect(events('During the third quarter, Acme agreed to buy Beta Instruments Inc. for $200 million in cash.')).toEqual([
      { type: 'acquisition', date: '2023-Q3', amount: 200_000_000, summary: 'Acme agreed to buy Beta Instruments Inc. for $200 million in cash', rule: 'events/acquisition/acquire' },
    ]);
  });

  it('reads a lease the company will not extend, dated by its expiry', () => {
    expect(events('Acme said it will not extend the lease on its Denver warehouse, which ends on March 31, 2024.')).toEqual([
      // "ends" is the lease's expiry, read by its own frame: one event, told by both.
      { type: 'contract_end', date: '2024-03-31', amount: null, summary: 'Acme said it will not extend the lease on its Denver warehouse, which ends on March 31…', rule: 'events/contract_end/not-renew+events/retellings' },
    ]);
  });

  it('reads positions eliminated as a restructuring', () => {
    expect(events('In September 2023 the company eliminated 40 positions at its Ohio plant.')).toEqual([
      { type: 'restructuring', date: '2023-09', amount: null, summary: 'The company eliminated 40 positions at its Ohio plant', rule: 'events/restructuring/workforce' },
    ]);
  });

  it('reads a revolving credit agreement as financing', () => {
    expect(events('On October 2, 2023, Acme entered into a $150 million revolving credit agreement with a group of banks.')).toEqual([
      { type: 'financing', date: '2023-10-02', amount: 150_000_000, summary: 'Acme entered into a $150 million revolving credit agreement with a group of banks', rule: 'events/financing/credit+events/specific-type' },
    ]);
  });

  it('reads a missed payment on notes as a default', () => {
    expect(events('Acme defaulted on its senior notes in August 2023.')).toEqual([
      { type: 'debt_default', date: '2023-08', amount: null, summary: 'Acme defaulted on its senior notes in August 2023', rule: 'events/debt_default/default' },
    ]);
  });

  it('reads a passive non-renewal, with the contract named before its verb', () => {
    expect(events('Its supply contract with the state of Nevada was not renewed and expired on June 30, 2023.')).toEqual([
      { type: 'contract_end', date: '2023-06-30', amount: null, summary: 'Its supply contract with the state of Nevada was not renewed and expired on June 30, 2023', rule: 'events/contract_end/not-renew+events/retellings' },
    ]);
  });

  it('reads an appointment dated by its effective day, and a dividend by its payment day', () => {
    expect(
      events(
        'The board named Maria Lopez chief financial officer, effective November 1, 2023.\n\nThe board also declared a quarterly dividend of $0.12 per share, payable on December 15, 2023 to holders of record on December 1, 2023.',
      ),
    ).toEqual([
      { type: 'leadership', date: '2023-11-01', amount: null, summary: 'The board named Maria Lopez chief financial officer, effective November 1, 2023', rule: 'events/leadership/appoint' },
      {
        type: 'dividend',
        date: '2023-12-15',
        amount: null,
        summary: 'The board also declared a quarterly dividend of $0.12 per share, payable on December 15…',
        rule: 'events/dividend/declare+events/retellings',
      },
    ]);
  });

  it('reads highlight bullets that open with a past verb, one event per bullet', () => {
    expect(events('Highlights\n\n• Launched the Acme Vector 9 analyzer for hospital labs.\n• Partnered with Northwind Health to deliver remote monitoring.')).toEqual([
      { type: 'product', date: null, amount: null, summary: 'Launched the Acme Vector 9 analyzer for hospital labs', rule: 'events/product/launch' },
      { type: 'partnership', date: null, amount: null, summary: 'Partnered with Northwind Health to deliver remote monitoring', rule: 'events/partnership/partner' },
    ]);
  });

  it('reads a one-time charge with its amount, and gives a settlement charge to legal', () => {
    expect(events('Results for the quarter include a one-time charge of $3.2 million to settle a patent lawsuit brought by Delta Labs.')).toEqual([
      {
        type: 'legal',
        date: '2023-Q3',
        amount: 3_200_000,
        summary: 'Results for the quarter include a one-time charge of $3.2 million to settle a patent…',
        // The charge gives way to the settlement; "lawsuit" (a legal noun) retells it in the same clause.
        rule: 'events/legal/settle+events/specific-type+events/retellings',
      },
    ]);
  });

  it('dates "tomorrow" and "last week" from the release date', () => {
    expect(events('The new Acme Vector 9 ships to customers tomorrow. Acme completed the acquisition of Widget Co. last week.').map((e) => [e.type, e.date])).toEqual([
      ['product', '2023-10-27'],
      ['acquisition', '2023-10-19'],
    ]);
  });

  it('dates "tonight" as the release day, and takes no month from the verb "may"', () => {
    expect(events('The new Acme Vector 9 ships to customers tonight. Acme completed the acquisition of Widget Co. this week, and this news may reach dealers soon.').map((e) => [e.type, e.date])).toEqual([
      ['product', '2023-10-26'],
      ['acquisition', '2023-10'],
    ]);
  });

  it('places a fiscal quarter in the calendar quarter most of it falls in', () => {
    // A fiscal year ending in early July: its fourth quarter runs April to early July, calendar Q2.
    const calendar: Calendar = { stated: [{ end: '2023-07-01', months: 3, quarter: 4 }], fiscalYearEnd: [7, 1], anchor: '2023-08-10' };
    expect(events('Acme sold its pump division to Gamma Holdings in the fourth quarter.', calendar).map((e) => [e.type, e.date])).toEqual([['divestiture', '2023-Q2']]);
  });
});

describe('event frames for returns, receipts, additions and availability', () => {
  it('reads a return and a role assumed as leadership changes', () => {
    expect(events('Dana Whitfield returned to Acme in August as chief financial officer. On September 5, 2023, Luis Ortega assumed the role of president.').map((e) => [e.type, e.date, e.rule])).toEqual([
      ['leadership', '2023-08', 'events/leadership/appoint'],
      ['leadership', '2023-09-05', 'events/leadership/appoint'],
    ]);
  });

  it('reads the receipt of orders as an order', () => {
    expect(events('In September, Acme announced the receipt of follow-on orders totaling $3.5 million from two rail operators.').map((e) => [e.type, e.date, e.amount])).toEqual([['order', '2023-09', 3_500_000]]);
  });

  it('reads new products added or delivered, and an expanded availability, as products', () => {
    const text = 'Acme added three new models to its sensor line in July.\n\nAcme expanded global availability of its Vector cloud service in August.';
    expect(events(text).map((e) => [e.type, e.date, e.rule])).toEqual([
      ['product', '2023-07', 'events/product/add'],
      ['product', '2023-08', 'events/product/availability'],
    ]);
  });

  it('reads joining a program as a partner as a partnership', () => {
    expect(events('In July, Acme joined the regional grid program as a partner.').map((e) => [e.type, e.date, e.rule])).toEqual([['partnership', '2023-07', 'events/partnership/join']]);
  });

  it('reads no acquisition in shares of what the company buys, nor the company for the object of its own verb', () => {
    expect(events('The Company purchased 54%, 46% and 52% of its wafers from a single supplier in 2023, 2022 and 2021.')).toEqual([]);
    expect(events('In August, the Company acquired 60% of Beta Holdings.').map((e) => [e.type, e.date])).toEqual([['acquisition', '2023-08']]);
  });

  it('dates an agreement by the release, not by the day a share price was read', () => {
    const text = 'Acme today agreed to acquire Beta Instruments Inc. for $18.50 a share, a 30% premium over the closing price of Beta stock on Tuesday, October 24, 2023.';
    expect(events(text).map((e) => [e.type, e.date])).toEqual([['acquisition', '2023-10-26']]);
    // Without its year, as releases often write it.
    expect(events(text.replace(', 2023.', '.')).map((e) => [e.type, e.date])).toEqual([['acquisition', '2023-10-26']]);
  });

  it('reads a loss as a charge only when it is one-off', () => {
    expect(events('In the third quarter, the rail unit posted a $0.3 million loss.')).toEqual([]);
    expect(events('Results included a $4 million special loss in the third quarter.').map((e) => [e.type, e.date])).toEqual([['charge', '2023-Q3']]);
  });

  it('reads an agreement to buy a business as the acquisition, not as a contract won; an agreement to buy goods as none', () => {
    expect(events('On Monday Acme announced the completion of its agreement to purchase Talvane Systems Inc., a maker of pumps.').map((e) => [e.type, e.rule])).toEqual([
      ['acquisition', 'events/acquisition/agreement+events/specific-type'],
    ]);
    expect(events('Acme reached an agreement to buy 40 rail cars from a leasing firm.').filter((e) => e.type === 'acquisition')).toEqual([]);
  });

  it('reads no event where the verb is done to something else', () => {
    const text = [
      'Acme returned $40 million to shareholders in the quarter.',
      'Acme added support for new models in its software.',
      'Sales benefited from the availability of new financing programs.',
      'Ms. Ruiz joined Acme in 2019 and leads its audit team.',
      'Acme assumed $12 million of debt in the transaction.',
    ].join(' ');
    expect(events(text)).toEqual([]);
  });
});

describe('event refiners: what is no event', () => {
  it.each([
    ['safe-harbor talk', 'These forward-looking statements involve risks, including our ability to complete the acquisition of Beta Instruments.'],
    ['a hedge', 'Acme could close its Denver plant if demand does not recover.'],
    ['a negation', 'No layoffs are planned at the Ohio plant.'],
    ['a cause already told', 'As a result of the termination of the Nevada contract, revenue declined.'],
    ['an executive quote', '“We are thrilled to partner with Northwind Health,” said the chief executive officer.'],
    ['a headline', 'Acme Completes Acquisition Of Beta Instruments'],
    ['a definition', 'Free cash flow is calculated as operating cash flow less purchases of property and equipment.'],
    ['units sold', 'Acme sold 4.2 million units during the quarter.'],
    ['a capital-return summary', 'Acme returned $80 million to shareholders through repurchases of its shares and dividends.'],
    ['a noun where a verb could be', 'The increase in borrowings reflects seasonal working capital.'],
    ['a career long past', 'Ms. Lopez joined Acme in 2009 and was named treasurer in 2015.'],
    ['a period that ended', 'For the year ended December 31, 2022, our three largest customers accounted for 41% of net sales.'],
    ['a period ending on a date', 'For the three-month period ending June 30, 2023, sales to two customers were 30% of revenue.'],
    ['"end" before a noun', 'Acme sells to end customers in hospitals and to end users at utilities.'],
    ['last year’s charge, for comparison', 'Net income for the third quarter of 2022 included a one-time charge of $4 million for a warehouse fire.'],
    ['a loss told at length before its modal', 'The loss of or a reduction in orders from any significant customer, delays in deliveries to customers in Europe, Asia and South America, or a rise in the prices of the resins and metals that go into our products could also have a material adverse impact on our results.'],
    ['a loss that would hurt', 'The loss of one or more of our largest customers would have a material adverse effect on our results.'],
    ['customers’ purchases', 'Several of our customers place their purchases of Acme boards through contract manufacturers.'],
    ['a reference to an order told before', 'Gross margin fell on shipments under the previously announced order from Delta Airlines.'],
    ['"in order for"', 'Acme lists the gains apart in order for investors to compare results from one quarter to the next.'],
    ['"when combined with"', 'When combined with Beta Instruments’ distribution, these strengths will widen our reach.'],
    ['a gain told with a decimal sum', 'Third-quarter results include an after-tax gain of $2.4 million ($0.16 per share) related to the sale of stakes held by its medical segment.'],
    ['a gain arising from a sale', 'Realized gains for 2022 included gains of $0.31 per share arising from the sale of stakes held by its medical segment.'],
    ['supplies bought', 'In 2023, purchases of Zelco resin from Delta Polymers made up 60% of our raw materials.'],
  ])('finds no event in %s', (_kind, text) => {
    expect(events(text)).toEqual([]);
  });

  it('dates notes issued today by today, not by when they fall due', () => {
    expect(events('Acme today announced that it had received $5 million of proceeds from the issuance of secured promissory notes due March 31, 2025.').map((e) => [e.type, e.date])).toEqual([['financing', '2023-10-26']]);
  });

  it('dates an event by the period the sentence before reports, not the one it compares with', () => {
    const text = 'Segment sales were $40 million for the third quarter of 2023, compared to $45 million for the third quarter of 2022. Including a one-time charge of $3 million for a warehouse fire, the segment reported a loss.';
    expect(events(text).map((e) => [e.type, e.date])).toEqual([['charge', '2023-Q3']]);
  });

  it('reads the closure of a plant as a restructuring, the charge for it one event with it', () => {
    expect(events('In the third quarter, Acme recorded a pretax charge of $5 million for the closure of its Lyon plant.').map((e) => [e.type, e.date, e.amount])).toEqual([
      ['restructuring', '2023-Q3', 5_000_000],
    ]);
  });

  it('keeps a charge of an earlier quarter of the year reported', () => {
    expect(events('Net income for the first quarter of 2023 included a one-time charge of $4 million for a warehouse fire.').map((e) => [e.type, e.date])).toEqual([['charge', '2023-Q1']]);
  });

  it('keeps one event for a happening told twice', () => {
    expect(events('Acme completed the sale of its pump division to Gamma Holdings on August 4, 2023. The pump division sale closed after regulatory review.').map((e) => [e.type, e.date])).toEqual([
      ['divestiture', '2023-08-04'],
    ]);
  });

  it('dates a split told twice by the day a retelling says it is distributed', () => {
    const text = 'On October 2, 2023, the board of Acme declared a 2-for-1 stock split.\n\n(1) Share data reflect the 2-for-1 stock split, distributed on November 15, 2023.';
    expect(events(text).map((e) => [e.type, e.date])).toEqual([['stock_split', '2023-11-15']]);
  });

  it('reads a note under a table as a retelling of the event the text tells', () => {
    expect(events('Acme sold its pump division to Gamma Holdings in July 2023.\n\n(1) Includes the loss on the sale of the pump business.').map((e) => [e.type, e.date])).toEqual([
      ['divestiture', '2023-07'],
    ]);
  });

  it('gives a reference to a told event no event of its own', () => {
    expect(events('Acme sold its pump division to Gamma Holdings in July 2023.\n\nExcluding the divested Gamma-bound pump business, sales rose 4% in the quarter.').map((e) => [e.type, e.date])).toEqual([
      ['divestiture', '2023-07'],
    ]);
  });
});

describe('event forms that need more than a lemma', () => {
  it('reads one partnership per party of a list, but one for two joint partners', () => {
    expect(events('• Announced partnerships with Orsa Foods, Pike Rail and Halden Marine to build store analytics.').map((e) => [e.type, e.summary])).toEqual([
      ['partnership', 'Announced partnerships with Orsa Foods'],
      ['partnership', 'Announced partnerships with Pike Rail'],
      ['partnership', 'Announced partnerships with Halden Marine'],
    ]);
    expect(events('• Teamed with Orsa Foods and Pike Rail to build store analytics.').map((e) => e.type)).toEqual(['partnership']);
    expect(events('• Began working with Orsa Foods, Pike Rail and Halden Marine to build store analytics.').map((e) => e.type)).toEqual(['partnership']);
    // Deals, though, are one per company bought.
    expect(events('In the third quarter Acme acquired Gamma Tools, Delta Labs and Sigma Pumps.').map((e) => e.type)).toEqual(['acquisition', 'acquisition', 'acquisition']);
  });

  it('dates each acquisition of a list by its own bracket', () => {
    expect(events('Results reflect the acquisitions of Gamma Tools Inc. (June 2023) and Delta Labs Corp. (August 2023).').map((e) => [e.type, e.date])).toEqual([
      ['acquisition', '2023-06'],
      ['acquisition', '2023-08'],
    ]);
    // "Gamma Tools, Inc." is one name: a corporate suffix after a comma is the name's own.
    expect(events('Results reflect the acquisitions of Gamma Tools, Inc. (June 2023) and Delta Labs, L.P. (August 2023).').map((e) => [e.type, e.date, e.summary])).toEqual([
      ['acquisition', '2023-06', 'Results reflect the acquisitions of Gamma Tools, Inc.'],
      ['acquisition', '2023-08', 'Results reflect the acquisitions of Delta Labs, L.P.'],
    ]);
    // Each dated on its own, a singular noun's parties are two purchases too.
    expect(events('Results reflect the purchase of the remaining stakes in Gamma Tools, Inc. (June 2023) and Delta Labs Corp. (August 2023).').map((e) => [e.type, e.date])).toEqual([
      ['acquisition', '2023-06'],
      ['acquisition', '2023-08'],
    ]);
  });

  it('reads a business named before its participle: "the pump businesses divested in the second quarter"', () => {
    expect(events('Prior-year figures include the pump businesses divested in the second quarter of 2023.').map((e) => [e.type, e.date])).toEqual([['divestiture', '2023-Q2']]);
  });

  it('reads an export licence a government requires as a legal event', () => {
    expect(events('In April 2023, the government informed Acme that a license is required to export its analyzers.').map((e) => [e.type, e.date])).toEqual([['legal', '2023-04']]);
  });

  it('dates a happening told in the present perfect with no date of its own by the release, a simple past not', () => {
    expect(events('Acme has acquired a majority interest in Beta Labs, Inc.').map((e) => [e.type, e.date])).toEqual([['acquisition', '2023-10-26']]);
    expect(events('Acme has now completed the sale of its pump division to Gamma Inc.').map((e) => [e.type, e.date])).toEqual([['divestiture', '2023-10-26']]);
    expect(events('Acme acquired a majority interest in Beta Labs, Inc.').map((e) => [e.type, e.date])).toEqual([['acquisition', null]]);
  });

  it('reads a passive appointment to a title, and counts a name as one word on the way to the title', () => {
    expect(events('Ms. Jane Roe was elected chairman of the board.').map((e) => [e.type, e.rule])).toEqual([['leadership', 'events/leadership/appoint']]);
    expect(events('Acme announced the promotion of Jeff K. Turner to chief operating officer.').map((e) => e.type)).toEqual(['leadership']);
    expect(events('Acme announced the appointment of Dana L. Pike of Delta Systems, Inc. as chief financial officer.').map((e) => e.type)).toEqual(['leadership']);
    // A past form that modifies a noun is still no event: "the elected officials".
    expect(events('Acme met with the elected officials of the county.')).toEqual([]);
  });

  it('dates a quarter named without its year by the tense: ahead is the next such quarter, done the last', () => {
    expect(events('Acme expects to complete the sale of its pump division to Gamma Inc. in the fourth quarter.').map((e) => [e.type, e.date])).toEqual([['divestiture', '2023-Q4']]);
    expect(events('Acme sold its pump division to Gamma Inc. in the second quarter.').map((e) => [e.type, e.date])).toEqual([['divestiture', '2023-Q2']]);
    expect(events('Acme sold its pump division to Gamma Inc. in the fourth quarter.').map((e) => [e.type, e.date])).toEqual([['divestiture', '2022-Q4']]);
    // A quarter that names what happened, in a sentence of what is ahead, stays the last one.
    expect(events('Acme expects earnings of $2.10, including the fourth quarter restructuring charge of $4 million.').map((e) => [e.type, e.date])).toEqual([['restructuring', '2022-Q4']]);
  });

  it('dates a day or month named without its year by the tense: ahead is the next such one, done the last', () => {
    // Told on October 26, 2023.
    expect(events('Acme said Dana Cole will join the company on January 8 as treasurer.').map((e) => [e.type, e.date])).toEqual([['leadership', '2024-01-08']]);
    expect(events('Acme said Dana Cole joined the company on January 8 as treasurer.').map((e) => [e.type, e.date])).toEqual([['leadership', '2023-01-08']]);
    expect(events('Acme will close its Tulsa plant in February.').map((e) => [e.type, e.date])).toEqual([['restructuring', '2024-02']]);
    expect(events('Acme closed its Tulsa plant in February.').map((e) => [e.type, e.date])).toEqual([['restructuring', '2023-02']]);
    // A day still to come this year is this year's, either way.
    expect(events('Acme will close its Tulsa plant on December 15.').map((e) => [e.type, e.date])).toEqual([['restructuring', '2023-12-15']]);
  });

  it('counts a sum as one word on the way to the object: "an additional $60.0 billion in its share repurchase authorization"', () => {
    expect(events('On October 2, 2023, the board approved an additional $60.0 billion in its share repurchase authorization.').map((e) => [e.type, e.date])).toEqual([['buyback', '2023-10-02']]);
  });

  it('reads no object in the last word of a compound: "life-of-mine"', () => {
    expect(events('Costs fell after the purchase of the life-of-mine hauling contract from the contractor.')).toEqual([]);
    expect(events('Acme closed its Nevada mine on June 30, 2023.').map((e) => [e.type, e.date])).toEqual([['restructuring', '2023-06-30']]);
  });

  it('reads no event in one that time is counted from: "since its initial public offering"', () => {
    expect(events('Revenue has doubled since its initial public offering in May 2021.')).toEqual([]);
  });

  it('reads no restatement where figures are recast for a split', () => {
    expect(events('All per-share figures have been restated to reflect the two-for-one stock split.').map((e) => e.type)).toEqual(['stock_split']);
  });

  it('reads a gain on a sale as the sale told elsewhere', () => {
    expect(
      events('Acme sold its Gamma Tools subsidiary in July 2023.\n\nThird-quarter results include a gain of $3.1 million on the sale of Gamma Tools.').map((e) => [e.type, e.date]),
    ).toEqual([['divestiture', '2023-07']]);
  });

  it('dates each release of a page of releases by its own dateline', () => {
    const page = 'DENVER, Colo., Oct. 26, 2023 -- Acme today announced that it has acquired Gamma Tools.\n\nDENVER, Colo., July 10, 2023 -- Acme today announced that it has acquired Delta Labs.';
    const calendar: Calendar = { stated: [], fiscalYearEnd: null, anchor: '2023-10-26' };
    const context = { text: page, calendar, primary: null, skip: [], companyWords: new Set(['Acme']), anchorAt: (at: number) => (at >= page.indexOf('DENVER, Colo., July') ? '2023-07-10' : '2023-10-26') };
    const found = extractEvents(page.split('\n\n').map((block) => splitSentences(page, page.indexOf(block), page.indexOf(block) + block.length)), context, EVENT_REFINERS);
    expect(found.map((e) => [e.type, e.date])).toEqual([
      ['acquisition', '2023-10-26'],
      ['acquisition', '2023-07-10'],
    ]);
  });

  it('reads highlight lines copied from a web page (no bullets, one line each) as one event per line', () => {
    const text = 'Second-quarter revenue was $1.2 billion.\nLaunched the Acme Vector 9 analyzer for hospital labs.\nIntroduced the Acme Vector 10 analyzer for clinics.\nPartnered with Northwind Health on remote monitoring.';
    expect(events(text).map((e) => [e.type, e.date, e.summary])).toEqual([
      ['product', null, 'Launched the Acme Vector 9 analyzer for hospital labs'],
      ['product', null, 'Introduced the Acme Vector 10 analyzer for clinics'],
      ['partnership', null, 'Partnered with Northwind Health on remote monitoring'],
    ]);
  });

  it('reads no acquisition where customers bought the company’s products', () => {
    expect(events('A list of customers which purchased Acme Cloud during the quarter is on the company’s site.')).toEqual([]);
  });
});

