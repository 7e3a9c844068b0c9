import { describe, expect, it } from 'vitest';
import { findPeriodRuns } from './period-list';

const periods = (text: string) => findPeriodRuns(text).flatMap((r) => r.periods.map((p) => `${p.months}m ${p.end}`));

describe('findPeriodRuns', () => {
  it('reads lengths and dates that share an "ended"', () => {
    expect(periods('During the three and six months ended June 30, 2018, one customer')).toEqual(['3m 2018-06-30', '6m 2018-06-30']);
    expect(periods('for the three months ended September 25, 2011 and September 30, 2012')).toEqual(['3m 2011-09-25', '3m 2012-09-30']);
    expect(periods('for the periods ended December 31, 2019, 2018, and 2017, respectively')).toEqual([
      '12m 2019-12-31',
      '12m 2018-12-31',
      '12m 2017-12-31',
    ]);
    expect(periods('for the nine month periods ended June 30, 2012 and 2011')).toEqual(['9m 2012-06-30', '9m 2011-06-30']);
    expect(periods('For the quarter and three quarters ended September 26, 2011')).toEqual(['3m 2011-09-26', '9m 2011-09-26']);
  });

  it('reads balance dates as zero-month periods', () => {
    expect(periods('of our receivables as of June 29, 2013 and December 29, 2012, respectively')).toEqual(['0m 2013-06-29', '0m 2012-12-29']);
  });

  it('reads years and first quarters of years', () => {
    expect(periods('of consolidated net sales for the first two quarters of 2013 and 2012, respectively')).toEqual(['6m 2013-06-30', '6m 2012-06-30']);
    expect(periods('In 2016, 2015 and 2014, its top five customers')).toEqual(['12m 2016-12-31', '12m 2015-12-31', '12m 2014-12-31']);
    expect(periods('of total revenue, respectively, for fiscal year 2025')).toEqual(['12m 2025-12-31']);
  });
});
