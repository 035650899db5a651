/**
 * The CSV export: the list's columns (and the upstream block's, when expanded) for every row
 * the query matches, produced batch by batch as the client reads, never all in memory.
 */
import { stringify } from 'csv-stringify/sync';
import type { Db } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';
import { toCustomerDto, type CustomerDto } from '../customer-dto';
import type { CustomerListQuery } from '../list-params';
import { onlineSince, type CustomerListContext } from '../list-context';
import { streamCustomers } from '../stream-customers';

const DOCUMENT_COLUMNS = [
  'id', 'username', 'mobile_number', 'email', 'avatar', 'first_name', 'last_name', 'full_name', 'gender',
  'is_active', 'is_profile_completed', 'last_login', 'created_at', 'updated_at', 'is_online',
] as const satisfies readonly (keyof CustomerDto)[];
const UPSTREAM_COLUMNS = ['source', 'upstream_id', 'first_seen_at', 'last_synced_at', 'deleted_at'] as const;

/**
 * A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice); phone
 * numbers such as +62812… are plain numbers to a spreadsheet and stay as they are.
 */
export function neutraliseFormula(cell: string): string {
  const formula = /^[=@\t\r]/.test(cell) || (/^[+-]/.test(cell) && !/^[+-][\d\s().-]*$/.test(cell));
  return formula ? `'${cell}` : cell;
}

const cell = (value: string | number | boolean | null | undefined) =>
  value === null || value === undefined ? '' : typeof value === 'string' ? neutraliseFormula(value) : String(value);

export function csvHeader(query: CustomerListQuery): string[] {
  return [...DOCUMENT_COLUMNS, ...(query.expand.includes('upstream') ? UPSTREAM_COLUMNS : [])];
}

export function csvRecord(dto: CustomerDto): string[] {
  const upstream = dto.upstream ? UPSTREAM_COLUMNS.map((column) => cell(dto.upstream![column])) : [];
  return [...DOCUMENT_COLUMNS.map((column) => cell(dto[column] as string | number | boolean | null)), ...upstream];
}

export function customersCsvStream(db: Db, query: CustomerListQuery, context: CustomerListContext): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = streamCustomers(db, query, context);
  const since = onlineSince(context);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(stringify([csvHeader(query)])));
    },
    async pull(controller) {
      try {
        const { value, done } = await batches.next();
        if (done) {
          controller.close();
          return;
        }
        const records = value.map((row) => csvRecord(toCustomerDto(row, { onlineSince: since, expand: query.expand })));
        controller.enqueue(encoder.encode(stringify(records)));
      } catch (error) {
        // Headers are long gone: all that is left is to cut the download short and say why here.
        logger.error('customer export failed mid-stream', { error });
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
