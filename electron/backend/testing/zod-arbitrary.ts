import fc from 'fast-check';
import type { z } from 'zod';

/** What a zod 4 schema's definition holds, as far as the generator reads it. */
interface Def {
  type: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  items?: z.ZodType[];
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => (def.checks ?? []).map((check) => check._zod.def);

/** Strings matching `pattern`; fast-check reads no lookahead, so one is dropped (some strings then miss). */
function matching(pattern: RegExp): fc.Arbitrary<string> {
  try {
    return fc.stringMatching(pattern);
  } catch {
    return fc.stringMatching(new RegExp(pattern.source.replace(/\(\?[=!][^)]*\)/g, ''), pattern.flags));
  }
}

/** Strings as a schema takes them: matching its pattern, within its lengths (most of the time). */
function stringArbitrary(def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const pattern = checks.find((check) => check.format === 'regex')?.pattern;
  const min = checks.find((check) => check.check === 'min_length')?.minimum ?? 0;
  const max = checks.find((check) => check.check === 'max_length')?.maximum;
  const limit = Math.min(max ?? 60, Math.max(min, 60));
  const typed = fc.string({ unit: 'grapheme', minLength: min, maxLength: limit });
  const vietnamese = fc
    .array(
      fc.constantFrom('Đổi mới', 'tham nhũng', 'luận điệu', 'chủ đề/con', '[[Bài]]', '[@key]', ' ', '\n'),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .map((parts) => parts.join(' ').slice(0, max ?? Infinity));
  if (pattern !== undefined) return fc.oneof({ weight: 4, arbitrary: matching(pattern) }, typed);
  return fc.oneof(typed, vietnamese);
}

/** Numbers within a schema's bounds (integers when it asks for them). */
function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const low = checks.find((check) => check.check === 'greater_than')?.value ?? -1e6;
  const high = checks.find((check) => check.check === 'less_than')?.value ?? 1e6;
  const integer = checks.some((check) => check.format === 'safeint' || check.format === 'int32');
  const min = Math.max(low, -1e9);
  const max = Math.min(high, 1e9);
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true });
}

/**
 * A fast-check arbitrary of values a zod 4 schema accepts, mostly: it reads
 * the schema's definition (objects, strings with their patterns and
 * lengths, numbers with their bounds, enums, arrays, unions, records,
 * optional and default fields, pipes by their input) and falls back to any
 * JSON value where it cannot tell. Refinements are not solved, so some
 * values are refused: the fuzzer wants both.
 */
export function arbitraryOf(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 6) return fc.constant(undefined);
  const inner = (child: z.ZodType) => arbitraryOf(child, depth + 1);
  switch (def.type) {
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries!));
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'optional':
      return fc.option(inner(def.innerType!), { nil: undefined });
    case 'nullable':
      return fc.option(inner(def.innerType!), { nil: null });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return fc.option(inner(def.innerType!), { nil: undefined, freq: 4 });
    case 'pipe':
      return inner(def.in!);
    case 'union':
      return fc.oneof(...def.options!.map(inner));
    case 'array': {
      const checks = checksOf(def);
      const min = checks.find((check) => check.check === 'min_length')?.minimum ?? 0;
      const max = checks.find((check) => check.check === 'max_length')?.maximum ?? 5;
      return fc.array(inner(def.element!), { minLength: min, maxLength: Math.min(max, Math.max(min, 5)) });
    }
    case 'tuple':
      return fc.tuple(...def.items!.map(inner));
    case 'record':
      return fc.dictionary(
        inner(def.keyType!).filter((key): key is string => typeof key === 'string'),
        inner(def.valueType!),
        { maxKeys: 4 },
      );
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).map(([key, field]) => [key, inner(field)] as const);
      return fc
        .record(Object.fromEntries(fields), { requiredKeys: [] })
        .map((value) => Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)));
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
