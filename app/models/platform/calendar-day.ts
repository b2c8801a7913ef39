// One test for "a calendar day that really exists", shared by every form that takes a date. "2026-02-30"
// matches the pattern but rolls into March; "2026-13-45" is not a date at all and must not throw.
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00.000Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
