/** A source of numbers in [0, 1): `Math.random` in the browser, a seeded generator in tests. */
export type Random = () => number;

/** A small, fast seeded generator (mulberry32): the same seed always gives the same sequence. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number derived from text (FNV-1a), to seed a stable shuffle per card. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A shuffled copy that differs from the given order whenever it can (a puzzle must not start solved). */
export function scramble<T>(items: readonly T[], random: Random): T[] {
  if (items.length < 2) return [...items];
  const out = shuffle(items, random);
  // One rotation always changes the order of distinct items.
  return out.every((item, i) => item === items[i]) ? [...out.slice(1), out[0] as T] : out;
}

/** The random source a `?seed=` parameter asks for: seeded when it is a whole number, else Math.random. */
export function randomFromSeed(seed: string | null): Random {
  return seed !== null && /^\d{1,10}$/.test(seed.trim()) ? seededRandom(Number(seed.trim())) : Math.random;
}
