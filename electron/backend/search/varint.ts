/** A growable byte buffer of LEB128 unsigned integers (7 bits a byte, low bits first). */
export class VarintWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;

  /** Appends `value` (0 ≤ value < 2^32). */
  write(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
  }

  /** The bytes written so far. */
  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** Reads what {@link VarintWriter} wrote; `at` moves past each value read. */
export class VarintReader {
  at: number;

  constructor(
    private readonly bytes: Uint8Array,
    start: number,
    /** End (exclusive) of the bytes that may be read. */
    readonly end: number,
  ) {
    this.at = start;
  }

  /** The next value; -1 when the bytes end inside it or it does not fit 32 bits. */
  read(): number {
    const bytes = this.bytes;
    if (this.at >= this.end) return -1;
    let byte = bytes[this.at++]!;
    if (byte < 0x80) return byte;
    let value = byte & 0x7f;
    for (let shift = 7; shift < 35; shift += 7) {
      if (this.at >= this.end) return -1;
      byte = bytes[this.at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value <= 0xffffffff ? value : -1;
    }
    return -1;
  }
}
