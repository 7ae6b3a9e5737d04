/**
 * Today's date where the municipality is (YYYY-MM-DD): certificates are dated, and expire,
 * by the Greek calendar day, whatever the server's time zone.
 */
export function todayInAthens(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Athens',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
