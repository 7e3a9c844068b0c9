import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, daysInMonth, shiftMonthsLike, shiftYears } from './calendar-math';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('calendar arithmetic on ISO days', () => {
  it('counts and moves days as the Date object does, across centuries and leap days', () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(1896, 0, 1); t < Date.UTC(2104, 0, 1); t += 5 * DAY) {
      for (const k of [0, 1, -1, 7, -91, 365, 1000]) {
        if (daysBetween(iso(t), iso(t + k * DAY)) !== k || addDays(iso(t), k) !== iso(t + k * DAY)) wrong.push(`${iso(t)} ${k}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('knows February in leap years and others', () => {
    expect([daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2004, 2), daysInMonth(2005, 2), daysInMonth(2005, 12)]).toEqual([28, 29, 29, 28, 31]);
  });

  it('shifts by years and months keeping the kind of day', () => {
    expect([shiftYears('2004-02-29', 1), shiftMonthsLike('2005-06-30', -3), shiftMonthsLike('2005-01-02', -3), shiftMonthsLike('2005-03-31', -1)]).toEqual([
      '2005-02-28',
      '2005-03-31',
      '2004-10-02',
      '2005-02-28',
    ]);
  });
});
