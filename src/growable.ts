/** An append-only typed array that doubles when full; `done()` is the filled part. */
export class Growable<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array> {
  size = 0;
  constructor(public data: T) {}
  push(value: number): void {
    if (this.size === this.data.length) {
      const next = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.size] = value;
    this.size += 1;
  }
  done(): T {
    return this.data.slice(0, this.size) as T;
  }
}

/** A growable list of 32-bit integers. */
export const int32s = (): Growable<Int32Array> => new Growable(new Int32Array(1024));
