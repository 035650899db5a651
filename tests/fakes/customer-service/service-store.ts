import type { ServiceRecord } from '../dataset/service-records';

export interface FakeClock {
  now(): Date;
  set(at: Date): void;
  advance(ms: number): Date;
}

/** Stands still unless told to move, or (`ticking`, for a fake run by hand) moves with real time. */
export function createFakeClock(start: Date, ticking = false): FakeClock {
  let offset = start.getTime() - (ticking ? Date.now() : 0);
  const read = () => offset + (ticking ? Date.now() : 0);
  return {
    now: () => new Date(read()),
    set: (at) => void (offset += at.getTime() - read()),
    advance: (ms) => new Date((offset += ms) + (ticking ? Date.now() : 0)),
  };
}

export type NewServiceCustomer = Partial<Omit<ServiceRecord, 'id'>> & Pick<ServiceRecord, 'username'>;

/**
 * The customer service's table, sorted by id. Like Django's `auto_now`, every update stamps
 * `updatedAt` with the fake's clock unless the patch sets it.
 */
export interface ServiceStore {
  all(): readonly ServiceRecord[];
  readonly size: number;
  /** Goes up with every change, so cached orderings know when they are stale. */
  readonly version: number;
  get(id: number): ServiceRecord | undefined;
  add(customer: NewServiceCustomer): ServiceRecord;
  update(id: number, patch: Partial<Omit<ServiceRecord, 'id'>>): ServiceRecord;
  remove(id: number): boolean;
}

export function createServiceStore(records: readonly ServiceRecord[], clock: FakeClock): ServiceStore {
  const rows = [...records].sort((a, b) => a.id - b.id);
  let version = 0;
  const indexOf = (id: number) => {
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (rows[middle]!.id < id) low = middle + 1;
      else high = middle;
    }
    return rows[low]?.id === id ? low : -1;
  };

  return {
    all: () => rows,
    get size() {
      return rows.length;
    },
    get version() {
      return version;
    },
    get: (id) => rows[indexOf(id)],
    add(customer) {
      const now = clock.now();
      const record: ServiceRecord = {
        id: (rows.at(-1)?.id ?? 0) + 1,
        mobileNumber: null,
        email: '',
        avatar: null,
        firstName: '',
        lastName: '',
        gender: null,
        isActive: true,
        isProfileCompleted: false,
        lastLogin: null,
        createdAt: now,
        updatedAt: now,
        groups: [],
        token: null,
        ...customer,
      };
      rows.push(record);
      version++;
      return record;
    },
    update(id, patch) {
      const index = indexOf(id);
      if (index < 0) throw new Error(`no customer ${id}`);
      const updated = { ...rows[index]!, updatedAt: clock.now(), ...patch };
      rows[index] = updated;
      version++;
      return updated;
    },
    remove(id) {
      const index = indexOf(id);
      if (index < 0) return false;
      rows.splice(index, 1);
      version++;
      return true;
    },
  };
}
