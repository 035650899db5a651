/**
 * ISO 8601 instants as the customer service sends them (Django: up to microseconds, `Z` or an
 * offset; a value without a zone is UTC). `micros` keeps the precision a JavaScript Date drops,
 * so two rows a few microseconds apart still compare in the server's order.
 */
const INSTANT = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?)(?:[.,](\d+))?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export interface IsoInstant {
  date: Date;
  micros: number;
}

/** What Django REST Framework sends (UTC, `Z`): Date.parse reads it as it is, a third of the work. */
const DRF_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.(\d{1,6}))?Z$/;

export function parseIsoInstant(text: string): IsoInstant | null {
  const utc = DRF_UTC.exec(text);
  if (utc) {
    const millis = Date.parse(text);
    if (!Number.isNaN(millis)) return { date: new Date(millis), micros: millis * 1000 + Number((utc[1] ?? '').padEnd(6, '0').slice(3, 6)) };
  }
  const match = INSTANT.exec(text.trim());
  if (!match) return null;
  const [, wall, fraction = '', zone = 'Z'] = match;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`;
  const seconds = wall!.length === 16 ? ':00' : '';
  const millis = Date.parse(`${wall!.replace(' ', 'T')}${seconds}.${fraction.padEnd(3, '0').slice(0, 3)}${offset}`);
  if (Number.isNaN(millis)) return null;
  return { date: new Date(millis), micros: millis * 1000 + Number(fraction.padEnd(6, '0').slice(3, 6)) };
}
