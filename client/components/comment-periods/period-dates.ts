/** A date as the value of an `<input type="date">`, in the person's time zone. */
export function dateInputValue(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The end of the chosen day in the person's time zone, or null when the date is missing or not after `notBefore`. */
export function endOfDay(value: string, notBefore: Date = new Date()): string | null {
  const end = new Date(`${value}T23:59:59`);
  if (Number.isNaN(end.getTime()) || end.getTime() <= notBefore.getTime()) return null;
  return end.toISOString();
}
