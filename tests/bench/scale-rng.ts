// A small seeded random source, so `--seed 1` always plans the same alliance (ciphertexts still differ:
// their IVs come from the system's random generator, as in the app).
export type Rng = {
  /** 0 ≤ x < 1 */
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
};

// mulberry32: fast, good enough for test data, and one 32-bit state.
export function makeRng(seed: number): Rng {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    sample(items, count) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, Math.min(count, copy.length));
    },
  };
}

/** A rating 1..5 around `centre`, so gaps between the community and the INGO look like real ones. */
export function ratingNear(rng: Rng, centre: number): number {
  const value = Math.round(centre + (rng.next() + rng.next() + rng.next() - 1.5) * 1.6);
  return Math.min(5, Math.max(1, value));
}
