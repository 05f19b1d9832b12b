// ISO calendar dates (YYYY-MM-DD) without the Date object, which the engine may not
// touch: day arithmetic by counting days from a fixed epoch. Only dates from FIRST_DATE
// to LAST_DATE exist here: every function refuses anything else with a RangeError
// before counting, so a bad date can never make the counting loops run away.

export const FIRST_DATE = '1900-01-01';
export const LAST_DATE = '2100-12-31';
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number): number => MONTH_DAYS[m - 1]! + (m === 2 && isLeap(y) ? 1 : 0);

function parts(iso: string): [number, number, number] {
  const m = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) throw new RangeError(`not an ISO date: ${String(iso)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo)) throw new RangeError(`not a calendar date: ${iso}`);
  if (y < FIRST_YEAR || y > LAST_YEAR) throw new RangeError(`${iso} lies outside ${FIRST_DATE} to ${LAST_DATE}`);
  return [y, mo, d];
}

/** Days since 1900-01-01. */
export function dayNumber(iso: string): number {
  const [y, mo, d] = parts(iso);
  let n = 0;
  for (let year = FIRST_YEAR; year < y; year++) n += isLeap(year) ? 366 : 365;
  for (let m = 1; m < mo; m++) n += monthLength(y, m);
  return n + d - 1;
}

const LAST_DAY = dayNumber(LAST_DATE);

export function fromDayNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > LAST_DAY) throw new RangeError(`day ${n} lies outside ${FIRST_DATE} to ${LAST_DATE}`);
  let y = FIRST_YEAR;
  for (;;) {
    const len = isLeap(y) ? 366 : 365;
    if (n < len) break;
    n -= len;
    y++;
  }
  let m = 1;
  for (;;) {
    const len = monthLength(y, m);
    if (n < len) break;
    n -= len;
    m++;
  }
  return `${y}-${String(m).padStart(2, '0')}-${String(n + 1).padStart(2, '0')}`;
}

export const addDays = (iso: string, days: number): string => fromDayNumber(dayNumber(iso) + days);
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);
/** A real calendar date between FIRST_DATE and LAST_DATE, written YYYY-MM-DD. */
export const isValidDate = (iso: string): boolean => {
  try {
    parts(iso);
    return true;
  } catch {
    return false;
  }
};
