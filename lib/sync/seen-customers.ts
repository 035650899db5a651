/**
 * The customers a full pass has seen, for tombstoning. Mirrored customers are marked by our own
 * row id in a bitmap (100,000 customers take 12.5 kB instead of ~15 MB as a Set of upstream id
 * strings); only invalid rows we hold no customer for are kept by upstream id.
 */
export class SeenCustomers {
  private bits = new Uint8Array(1024);
  private marked = 0;
  private readonly unknown = new Set<string>();

  /** Marks customers by their row id in `customers`. */
  markIds(ids: Iterable<number>): void {
    for (const id of ids) {
      if (id >= this.bits.length * 8) this.grow(id);
      const mask = 1 << (id & 7);
      if (this.bits[id >> 3]! & mask) continue;
      this.bits[id >> 3]! |= mask;
      this.marked++;
    }
  }

  /** An upstream row that failed validation and has no customer here yet. */
  markUnknown(upstreamId: string): void {
    this.unknown.add(upstreamId);
  }

  has(id: number): boolean {
    return id < this.bits.length * 8 && (this.bits[id >> 3]! & (1 << (id & 7))) !== 0;
  }

  /** Distinct upstream customers seen. */
  get size(): number {
    return this.marked + this.unknown.size;
  }

  private grow(id: number) {
    let length = this.bits.length;
    while (id >= length * 8) length *= 2;
    const bits = new Uint8Array(length);
    bits.set(this.bits);
    this.bits = bits;
  }
}
