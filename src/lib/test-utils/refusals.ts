/** A table of bad inputs and the reader-facing reason each is refused with. */
import { expect, it } from 'vitest';

/** One test per `[input, error]`: `read(input)` refuses it with exactly `{ ok: false, error }`. */
export function itRefuses(read: (input: string) => unknown, table: [input: string, error: string][]): void {
  it.each(table)('refuses %s, saying why', (input, error) => {
    expect(read(input)).toEqual({ ok: false, error });
  });
}
