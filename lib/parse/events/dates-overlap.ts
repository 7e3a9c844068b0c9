/** The months (1–12) an event date covers within its year: "2005-Q1" is 1–3, "2005" is 1–12. */
function monthsOf(date: string): [number, number] {
  if (date.length === 7 && date[5] === 'Q') {
    const quarter = Number(date[6]);
    return [(quarter - 1) * 3 + 1, quarter * 3];
  }
  const month = Number(date.slice(5, 7));
  return month ? [month, month] : [1, 12];
}

/** Whether two event dates ("2005", "2005-Q1", "2005-02", "2005-02-14") can be the same time. */
export function overlaps(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  if (a.slice(0, 4) !== b.slice(0, 4)) return false;
  const [a0, a1] = monthsOf(a);
  const [b0, b1] = monthsOf(b);
  return a0 <= b1 && b0 <= a1 && (a.length < 10 || b.length < 10 || a === b);
}
