/** A piece of query text: a bare word, a quoted phrase, or `key:value`. */
export interface Lexeme {
  type: 'word' | 'quoted' | 'filter';
  text: string;
  /** Set for filters: the key, lower case. */
  key?: string;
  /** Preceded by `-`. */
  negated: boolean;
  /** For quoted text and quoted filter values: whether the closing quote was found. */
  closed: boolean;
  /** For filters: whether the value was quoted. */
  quoted?: boolean;
}

const QUOTES = /["“”„]/;
const SPACE = /\s/;
const FILTER = /^([a-zA-Z]+):(.*)$/s;

function readQuoted(input: string, from: number): { text: string; end: number; closed: boolean } {
  let i = from;
  while (i < input.length && !QUOTES.test(input[i]!)) i++;
  const closed = i < input.length;
  return { text: input.slice(from, i), end: closed ? i + 1 : i, closed };
}

/** Splits query text into lexemes. Never throws: unclosed quotes run to the end, flagged. */
export function lex(input: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < input.length) {
    if (SPACE.test(input[i]!)) {
      i++;
      continue;
    }
    let negated = false;
    if (input[i] === '-' && i + 1 < input.length && !SPACE.test(input[i + 1]!)) {
      negated = true;
      i++;
    }
    if (QUOTES.test(input[i]!)) {
      const quoted = readQuoted(input, i + 1);
      out.push({ type: 'quoted', text: quoted.text, negated, closed: quoted.closed });
      i = quoted.end;
      continue;
    }
    let end = i;
    while (end < input.length && !SPACE.test(input[end]!) && !QUOTES.test(input[end]!)) end++;
    const raw = input.slice(i, end);
    const filter = FILTER.exec(raw);
    if (filter !== null) {
      let value = filter[2]!;
      let closed = true;
      let quoted = false;
      if (value === '' && end < input.length && QUOTES.test(input[end]!)) {
        const read = readQuoted(input, end + 1);
        value = read.text;
        closed = read.closed;
        end = read.end;
        quoted = true;
      }
      out.push({ type: 'filter', key: filter[1]!.toLowerCase(), text: value, negated, closed, quoted });
    } else {
      out.push({ type: 'word', text: raw, negated, closed: true });
    }
    i = end;
  }
  return out;
}
