import type { MayarRecord } from '../dataset/mayar-records';

/** The Mayar fake's customers, kept sorted by id as the document's sample is; tests change them between pages. */
export interface MayarStore {
  all(): readonly MayarRecord[];
  readonly size: number;
  get(id: string): MayarRecord | undefined;
  add(record: MayarRecord): void;
  update(id: string, patch: Partial<Omit<MayarRecord, 'id'>>): MayarRecord;
  remove(id: string): boolean;
  /** Index of the first customer whose id sorts after `id`. */
  indexAfter(id: string): number;
}

const byId = (a: MayarRecord, b: MayarRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function createMayarStore(records: readonly MayarRecord[]): MayarStore {
  const rows = [...records].sort(byId);

  /** First index whose id is >= id (or > id when `after`). */
  function search(id: string, after = false): number {
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const here = rows[middle]!.id;
      if (here < id || (after && here === id)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
  const indexOf = (id: string) => {
    const index = search(id);
    return rows[index]?.id === id ? index : -1;
  };

  return {
    all: () => rows,
    get size() {
      return rows.length;
    },
    get: (id) => rows[indexOf(id)],
    add(record) {
      if (indexOf(record.id) >= 0) throw new Error(`customer ${record.id} already exists`);
      rows.splice(search(record.id), 0, record);
    },
    update(id, patch) {
      const index = indexOf(id);
      if (index < 0) throw new Error(`no customer ${id}`);
      const updated = { ...rows[index]!, updatedAt: Date.now(), ...patch };
      rows[index] = updated;
      return updated;
    },
    remove(id) {
      const index = indexOf(id);
      if (index >= 0) rows.splice(index, 1);
      return index >= 0;
    },
    indexAfter: (id) => search(id, true),
  };
}
