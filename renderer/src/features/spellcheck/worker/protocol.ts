/** Page → spelling worker. */
export type SpellRequest =
  | { kind: 'check'; id: number; words: string[] }
  | { kind: 'suggest'; id: number; word: string }
  | { kind: 'accept'; dictionary: string[]; names: string[] }
  | { kind: 'frequencies'; entries: Array<[string, number]> };

/** Spelling worker → page. */
export type SpellReply =
  | { kind: 'checked'; id: number; words: string[]; correct: boolean[] }
  | { kind: 'suggested'; id: number; suggestions: string[] }
  | { kind: 'failed'; id: number | null; message: string };
