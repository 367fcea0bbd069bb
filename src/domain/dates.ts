/** The UTC calendar day of a moment, as `YYYY-MM-DD`: the form Postgres's `date` columns take. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
