/** A random source in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a tiny seeded generator, so what uses it (the term model's training order,
 * demo traffic, bench corpora) comes out the same on every machine.
 */
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
