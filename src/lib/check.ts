/**
 * The one way to check data at a browser boundary (storage, import, share link): small typed
 * combinators, zod-free, because the tools read their documents on every page load and zod's
 * bundle would cost more than a whole tool. zod stays for build-time content schemas.
 *
 * A schema checks a value and returns a clean copy (unknown object keys dropped) or throws
 * `Invalid` naming where the problem is and what was expected; `Infer<typeof schema>` is its type,
 * so types come from the schema and parsed data is never cast. `checked` and `parse` turn a throw
 * into a result.
 *
 *   const Review = object({ name: string({ max: 120 }), done: optional(boolean()) });
 *   type Review = Infer<typeof Review>;
 *   parse(Review, data, 'review'); // { ok: true, value } or { ok: false, error: 'review.name should be …' }
 */

/** A checked value, or where the first problem is. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** What a check throws; `checked` turns it into a result. */
export class Invalid extends Error {}

type Json = Record<string, unknown>;

/** Checks `value` found at `path`; returns the clean value or throws `Invalid`. */
export interface Schema<T> {
  readonly check: (value: unknown, path: string) => T;
  /** What the value should be, in a reader's words ("a whole number from 1 to 17"). */
  readonly expected: string;
}

/** The type a schema checks. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Stops checking: the value at `path` is not what it should be. */
export function fail(path: string, expected?: string): never {
  throw new Invalid(expected ? `${path} should be ${expected}` : `${path} is not valid`);
}

/** A schema from a check function and the description of what it accepts. */
export function schema<T>(expected: string, check: (value: unknown, path: string) => T): Schema<T> {
  return { expected, check };
}

/** A further condition on a schema's value; `expected` replaces the description when given. */
export function refine<T>(base: Schema<T>, test: (value: T) => boolean, expected = base.expected): Schema<T> {
  return schema(expected, (value, path) => {
    const result = base.check(value, path);
    return test(result) ? result : fail(path, expected);
  });
}

/** Text of at most `max` characters matching `pattern`. */
export function string(
  options: { max?: number; min?: number; pattern?: RegExp; expected?: string } = {},
): Schema<string> {
  const { max = Infinity, min = 0, pattern } = options;
  const expected = options.expected ?? (Number.isFinite(max) ? `a text of at most ${max} characters` : 'a text');
  return schema(expected, (value, path) =>
    typeof value === 'string' && value.length <= max && value.length >= min && (!pattern || pattern.test(value))
      ? value
      : fail(path, expected),
  );
}

/** A finite number, optionally whole and within bounds. */
export function number(
  options: { min?: number; max?: number; integer?: boolean; expected?: string } = {},
): Schema<number> {
  const { min = -Infinity, max = Infinity, integer = false } = options;
  const kind = integer ? 'a whole number' : 'a number';
  const range =
    Number.isFinite(min) && Number.isFinite(max)
      ? ` from ${min} to ${max}`
      : Number.isFinite(min)
        ? ` of at least ${min}`
        : '';
  const expected = options.expected ?? `${kind}${range}`;
  return schema(expected, (value, path) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isSafeInteger(value))
      ? value
      : fail(path, expected),
  );
}

/** true or false. */
export function boolean(): Schema<boolean> {
  return schema('true or false', (value, path) => (typeof value === 'boolean' ? value : fail(path, 'true or false')));
}

/** Exactly one of the given values. */
export function oneOf<const T extends readonly (string | number | boolean | null)[]>(
  values: T,
  expected?: string,
): Schema<T[number]> {
  const description =
    expected ??
    (values.length === 1 ? JSON.stringify(values[0]) : `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
  return schema(description, (value, path) =>
    (values as readonly unknown[]).includes(value) ? (value as T[number]) : fail(path, description),
  );
}

/** A list of items, at most `max` of them. */
export function array<T>(item: Schema<T>, options: { max?: number; expected?: string } = {}): Schema<T[]> {
  const { max = Infinity } = options;
  const expected = options.expected ?? (Number.isFinite(max) ? `a list of at most ${max} items` : 'a list');
  return schema(expected, (value, path) => {
    if (!Array.isArray(value) || value.length > max) fail(path, expected);
    return value.map((entry: unknown, i) => item.check(entry, `${path}.${i}`));
  });
}

/** A JSON object used as a map: every key checked by `key`, every value by `value`. */
export function record<K extends string, T>(
  key: Schema<K>,
  value: Schema<T>,
  options: { max?: number } = {},
): Schema<Record<K, T>> {
  const { max = Infinity } = options;
  const expected = Number.isFinite(max) ? `an object of at most ${max} entries` : 'an object';
  return schema(expected, (input, path) => {
    const data = plainObject(input, path, expected);
    const keys = Object.keys(data);
    if (keys.length > max) fail(path, expected);
    const result = {} as Record<K, T>;
    for (const k of keys) result[key.check(k, `${path} key “${k}”`)] = value.check(data[k], `${path}.${k}`);
    return result;
  });
}

const OPTIONAL = Symbol('optional');
/** A schema whose key may be missing from its object. */
export interface OptionalSchema<T> extends Schema<T | undefined> {
  readonly [OPTIONAL]: true;
}

/** A key that may be missing (undefined is dropped from the clean copy). */
export function optional<T>(inner: Schema<T>): OptionalSchema<T> {
  return {
    [OPTIONAL]: true,
    expected: inner.expected,
    check: (value, path) => (value === undefined ? undefined : inner.check(value, path)),
  };
}

/** The value or null. */
export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  const expected = `${inner.expected} or null`;
  return schema(expected, (value, path) => {
    if (value === null) return null;
    // A wrong primitive is wrong as a whole; inside an object or list, the inner check says where.
    return typeof value === 'object'
      ? inner.check(value, path)
      : checked(() => inner.check(value, path)).ok
        ? inner.check(value, path)
        : fail(path, expected);
  });
}

/** The fields of an object schema. */
export type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalSchema<unknown> ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** The object type a shape checks: optional keys may be absent. */
export type ObjectOf<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined>;
  }
>;

/** A JSON object with the given keys; unknown keys are dropped, missing optional keys stay absent. */
export function object<S extends Shape>(shape: S, expected = 'an object'): Schema<ObjectOf<S>> {
  return schema(expected, (value, path) => {
    const data = plainObject(value, path, expected);
    const result: Json = {};
    for (const [key, field] of Object.entries(shape)) {
      const checkedValue = field.check(data[key], path ? `${path}.${key}` : key);
      if (checkedValue !== undefined) result[key] = checkedValue;
    }
    return result as ObjectOf<S>;
  });
}

function plainObject(value: unknown, path: string, expected: string): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : fail(path, expected);
}

/** `value` as a JSON object, or a failure at `path` (for hand-written checks). */
export function asObject(value: unknown, path: string): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : fail(path);
}

/** `value` as a string of at most `max` characters matching `pattern`, or a failure at `path`. */
export function text(value: unknown, path: string, max = Infinity, pattern = /[^]*/): string {
  return typeof value === 'string' && value.length <= max && pattern.test(value) ? value : fail(path);
}

/** Runs a check that may throw `Invalid`, as a result. */
export function checked<T>(check: () => T): Checked<T> {
  try {
    return { ok: true, value: check() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}

/** Checks `value` against `s`, as a result; `path` names the value in messages. */
export function parse<T>(s: Schema<T>, value: unknown, path = 'the document'): Checked<T> {
  return checked(() => s.check(value, path));
}
