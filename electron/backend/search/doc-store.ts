import { fold } from '../../../core/text/index.js';
import type { SearchDocument } from './document.js';
import { WorkspaceValues } from './known-values.js';

/** What the engine keeps of a document besides its postings. */
export interface DocRecord {
  /** The document without its body. */
  doc: Omit<SearchDocument, 'body'>;
  /** The body; still UTF-8 bytes after a restart until a hit first needs it. */
  body: string | Uint8Array;
  tags: string[];
  claimText: string;
  category: string;
  sources: string[];
}

/** Builds the record of a document (filters compare these folded values). */
export function toRecord(doc: Omit<SearchDocument, 'body'>, body: string | Uint8Array): DocRecord {
  return {
    doc,
    body,
    tags: (doc.tags ?? []).map((tag) => fold(tag).replace(/^\/+|\/+$/g, '')),
    claimText: fold((doc.claims ?? []).join('\n')),
    category: fold(doc.category ?? ''),
    sources: (doc.sourceKeys ?? []).map((key) => key.toLowerCase()),
  };
}

const decoder = new TextDecoder();

/** The body text of a record, decoded (once) if it is still bytes from the cache. */
export function bodyOf(record: DocRecord): string {
  if (typeof record.body !== 'string') record.body = decoder.decode(record.body);
  return record.body;
}

/** Documents by ordinal. A replaced or removed document leaves a dead ordinal until compaction. */
export class DocStore {
  records: (DocRecord | null)[] = [];
  alive = new Uint8Array(1024);
  /** Epoch ms of the last change, per ordinal. */
  time = new Float64Array(1024);
  /** Word counts per ordinal: title, metadata, body. */
  lengths = new Float32Array(3 * 1024);
  /** First word position of the metadata and of the body, per ordinal (the title starts at 0). */
  starts = new Uint32Array(2 * 1024);
  readonly byId = new Map<string, number>();
  liveCount = 0;
  readonly lengthSums = [0, 0, 0];
  /** Changes whenever a document is added, removed or renumbered. */
  version = 0;
  /** The filter values the live documents hold. */
  readonly values = new WorkspaceValues();

  /** Number of ordinals handed out, dead ones included. */
  get capacity(): number {
    return this.records.length;
  }

  /** Average field lengths over live documents (at least 1). */
  averages(): [number, number, number] {
    const n = Math.max(1, this.liveCount);
    return [
      Math.max(1, this.lengthSums[0]! / n),
      Math.max(1, this.lengthSums[1]! / n),
      Math.max(1, this.lengthSums[2]! / n),
    ];
  }

  /** Stores a record under a new ordinal and returns it. */
  add(
    record: DocRecord,
    lengths: readonly [number, number, number],
    starts: readonly [meta: number, body: number],
  ): number {
    const ord = this.records.length;
    this.version++;
    if (ord >= this.alive.length) this.grow(ord * 2);
    this.records.push(record);
    this.alive[ord] = 1;
    const time = Date.parse(record.doc.updatedAt);
    this.time[ord] = Number.isNaN(time) ? 0 : time;
    for (let f = 0; f < 3; f++) {
      this.lengths[ord * 3 + f] = lengths[f]!;
      this.lengthSums[f]! += lengths[f]!;
    }
    this.starts[ord * 2] = starts[0];
    this.starts[ord * 2 + 1] = starts[1];
    this.byId.set(record.doc.id, ord);
    this.values.add(record);
    this.liveCount++;
    return ord;
  }

  /** Marks the document dead; returns whether it was there. */
  remove(id: string): boolean {
    const ord = this.byId.get(id);
    if (ord === undefined) return false;
    this.version++;
    this.byId.delete(id);
    this.values.remove(this.records[ord]!);
    this.alive[ord] = 0;
    this.records[ord] = null;
    for (let f = 0; f < 3; f++) this.lengthSums[f]! -= this.lengths[ord * 3 + f]!;
    this.liveCount--;
    return true;
  }

  /** Drops dead ordinals; returns old ordinal → new ordinal (or -1). */
  compact(): Int32Array {
    const remap = new Int32Array(this.capacity).fill(-1);
    this.version++;
    const old = this.records;
    const [time, lengths, starts] = [this.time, this.lengths, this.starts];
    this.records = [];
    this.alive = new Uint8Array(Math.max(1024, this.liveCount * 2));
    this.time = new Float64Array(this.alive.length);
    this.lengths = new Float32Array(this.alive.length * 3);
    this.starts = new Uint32Array(this.alive.length * 2);
    old.forEach((record, ord) => {
      if (record === null) return;
      const next = this.records.length;
      remap[ord] = next;
      this.records.push(record);
      this.alive[next] = 1;
      this.time[next] = time[ord]!;
      this.lengths.set(lengths.subarray(ord * 3, ord * 3 + 3), next * 3);
      this.starts.set(starts.subarray(ord * 2, ord * 2 + 2), next * 2);
      this.byId.set(record.doc.id, next);
    });
    return remap;
  }

  private grow(size: number): void {
    const alive = new Uint8Array(size);
    alive.set(this.alive);
    const time = new Float64Array(size);
    time.set(this.time);
    const lengths = new Float32Array(size * 3);
    lengths.set(this.lengths);
    const starts = new Uint32Array(size * 2);
    starts.set(this.starts);
    [this.alive, this.time, this.lengths, this.starts] = [alive, time, lengths, starts];
  }
}
