/** A growable byte buffer of LEB128 unsigned integers (7 bits a byte, low bits first). */
export class VarintWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;

  /** Makes room for `count` more values. */
  reserve(count: number): void {
    if (this.length + count * 5 <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + count * 5));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Appends `value` (0 ≤ value < 2^32); call {@link reserve} first. */
  write(value: number): void {
    const bytes = this.bytes;
    let length = this.length;
    let rest = value >>> 0;
    while (rest >= 0x80) {
      bytes[length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    bytes[length++] = rest;
    this.length = length;
  }

  /** The bytes written so far. */
  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** Weights of the 7-bit groups of a LEB128 value. */
const WEIGHTS = [1, 1 << 7, 1 << 14, 1 << 21, 2 ** 28];

/**
 * Reads LEB128 values from `bytes[at..end)`. {@link VarintReader.next}
 * returns -1 when the bytes end inside a value or it does not fit 32 bits.
 */
export class VarintReader {
  constructor(
    private readonly bytes: Uint8Array,
    public at: number,
    readonly end: number,
  ) {}

  /** The next value, or -1. */
  next(): number {
    const bytes = this.bytes;
    let at = this.at;
    let value = 0;
    for (let group = 0; group < 5; group++) {
      if (at >= this.end) return -1;
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * WEIGHTS[group]!;
      if (byte < 0x80) {
        this.at = at;
        return value <= 0xffffffff ? value : -1;
      }
    }
    return -1;
  }
}
