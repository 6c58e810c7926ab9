/** A list of 32-bit integers in one typed array that grows as pushed to; `done()` is the filled part. */
export class Int32List {
  data = new Int32Array(1024);
  size = 0;
  push(value: number): void {
    if (this.size === this.data.length) {
      const bigger = new Int32Array(this.size * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.size++] = value;
  }
  done(): Int32Array {
    return this.data.slice(0, this.size);
  }
}
