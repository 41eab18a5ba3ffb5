/** Number of events of a yearly schedule that fall in month m (0-based), spread evenly over the year. */
export function eventsInMonth(month: number, perYear: number): number {
  const c = month % 12;
  return Math.floor(((c + 1) * perYear) / 12) - Math.floor((c * perYear) / 12);
}

/** ISO year-month of month m (0-based) of a run starting in January of startYear. */
export function dateOf(startYear: number, month: number): string {
  const y = startYear + Math.floor(month / 12);
  const mm = (month % 12) + 1;
  return `${y}-${mm < 10 ? '0' : ''}${mm}`;
}
