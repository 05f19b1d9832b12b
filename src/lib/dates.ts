// ISO calendar dates (YYYY-MM-DD) without the Date object, which the engine may not
// touch: day arithmetic by counting days from a fixed epoch.

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Days since 1900-01-01. */
export function dayNumber(iso: string): number {
  const [y, mo, d] = parts(iso);
  let n = 0;
  for (let year = 1900; year < y; year++) n += isLeap(year) ? 366 : 365;
  for (let m = 1; m < mo; m++) n += MONTH_DAYS[m - 1]! + (m === 2 && isLeap(y) ? 1 : 0);
  return n + d - 1;
}

export function fromDayNumber(n: number): string {
  let y = 1900;
  for (;;) {
    const len = isLeap(y) ? 366 : 365;
    if (n < len) break;
    n -= len;
    y++;
  }
  let m = 1;
  for (;;) {
    const len = MONTH_DAYS[m - 1]! + (m === 2 && isLeap(y) ? 1 : 0);
    if (n < len) break;
    n -= len;
    m++;
  }
  return `${y}-${String(m).padStart(2, '0')}-${String(n + 1).padStart(2, '0')}`;
}

export const addDays = (iso: string, days: number): string => fromDayNumber(dayNumber(iso) + days);
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);
export const isValidDate = (iso: string): boolean => {
  try {
    return fromDayNumber(dayNumber(iso)) === iso;
  } catch {
    return false;
  }
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Tuesday, 23 October 1956". 1900-01-01 was a Monday. */
export function longDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${WEEKDAYS[dayNumber(iso) % 7]}, ${d} ${MONTHS[m - 1]} ${y}`;
}
export function shortDate(iso: string): string {
  const [, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1]!.slice(0, 3)}`;
}
