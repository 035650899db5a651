/**
 * Date parameters of GET /api/customers. Values are `YYYY-MM-DD` or ISO 8601 date-times
 * (`T` or space, optional seconds and fraction, `Z`, ±HH, ±HHMM or ±HH:MM; no zone means UTC).
 * `*_date` matches the UTC calendar date; `*_from` / `*_to` are inclusive.
 */
export type TimeBound = { gte: Date } | { lt: Date } | { lte: Date };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// As Django's parse_datetime: digits past the sixth of a fraction are dropped; `+07` is an offset.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d{0,6})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const DAY_MS = 86_400_000;

function utcDay(year: string, month: string, day: string): Date | null {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // Date.UTC rolls 2023-02-30 over to March; a real calendar date survives the round trip.
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)
    ? date
    : null;
}

export type ParsedMoment = { kind: 'date'; day: Date } | { kind: 'datetime'; at: Date };

export function parseMoment(value: string): ParsedMoment | null {
  const text = value.trim();
  const dateOnly = DATE.exec(text);
  if (dateOnly) {
    const day = utcDay(dateOnly[1]!, dateOnly[2]!, dateOnly[3]!);
    return day ? { kind: 'date', day } : null;
  }
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '0', fraction = '0', zone = 'Z'] = match;
  if (!utcDay(year!, month!, day!) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`;
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const at = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second.padStart(2, '0')}.${millis}${offset}`);
  return Number.isNaN(at.getTime()) ? null : { kind: 'datetime', at };
}

function startOfUtcDay(moment: ParsedMoment): Date {
  if (moment.kind === 'date') return moment.day;
  const at = moment.at;
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/** `*_date`: the whole UTC calendar day the value falls on. */
export function onDay(moment: ParsedMoment): TimeBound[] {
  const start = startOfUtcDay(moment);
  return [{ gte: start }, { lt: new Date(start.getTime() + DAY_MS) }];
}

/** `*_from`: from the start of that day, or from that instant. */
export function from(moment: ParsedMoment): TimeBound[] {
  return [{ gte: moment.kind === 'date' ? moment.day : moment.at }];
}

/** `*_to`: through the end of that day, or up to and including that instant. */
export function to(moment: ParsedMoment): TimeBound[] {
  return moment.kind === 'date' ? [{ lt: new Date(moment.day.getTime() + DAY_MS) }] : [{ lte: moment.at }];
}

export function withinBounds(value: Date | null, bounds: readonly TimeBound[]): boolean {
  if (bounds.length === 0) return true;
  if (value === null) return false;
  const time = value.getTime();
  return bounds.every((bound) =>
    'gte' in bound ? time >= bound.gte.getTime() : 'lt' in bound ? time < bound.lt.getTime() : time <= bound.lte.getTime(),
  );
}
