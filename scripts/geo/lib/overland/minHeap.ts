/** Binary min-heap of (key, priority) with lazy deletion. */
export class MinHeap {
  private keys: Int32Array;
  private pri: Float64Array;
  size = 0;
  constructor(cap: number) {
    this.keys = new Int32Array(cap * 4);
    this.pri = new Float64Array(cap * 4);
  }
  push(k: number, p: number) {
    if (this.size >= this.keys.length) {
      const nk = new Int32Array(this.keys.length * 2);
      nk.set(this.keys);
      this.keys = nk;
      const np = new Float64Array(this.pri.length * 2);
      np.set(this.pri);
      this.pri = np;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.pri[parent]! <= p) break;
      this.keys[i] = this.keys[parent]!;
      this.pri[i] = this.pri[parent]!;
      i = parent;
    }
    this.keys[i] = k;
    this.pri[i] = p;
  }
  pop(): number {
    const top = this.keys[0]!;
    const k = this.keys[--this.size]!;
    const p = this.pri[this.size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && this.pri[c + 1]! < this.pri[c]!) c++;
      if (this.pri[c]! >= p) break;
      this.keys[i] = this.keys[c]!;
      this.pri[i] = this.pri[c]!;
      i = c;
    }
    this.keys[i] = k;
    this.pri[i] = p;
    return top;
  }
}
