// The random pool hands out each byte once: IVs and public ids drawn from it never repeat, never overlap (a
// change to one leaves the next untouched), and keep coming after the pool is drawn anew.
import { pooledRandomBytes } from "../../db/random-pool";

describe("pooled random bytes", () => {
  it("never hands out the same bytes twice, across many refills of the pool", () => {
    const seen = new Set<string>();
    // 20,000 IVs of 12 bytes: the 4 KB pool is drawn anew about sixty times.
    for (let i = 0; i < 20_000; i++) seen.add(pooledRandomBytes(12).toString("hex"));
    expect(seen.size).toBe(20_000);
  });

  it("gives each caller a buffer of its own", () => {
    const first = pooledRandomBytes(16);
    const copy = Buffer.from(first);
    const second = pooledRandomBytes(16);
    second.fill(0);
    expect(first.equals(copy)).toBe(true);
    expect(first.length).toBe(16);
  });

  it("looks random: every byte value turns up, none far more than its share", () => {
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 4_000; i++) for (const byte of pooledRandomBytes(16)) counts[byte]++;
    // 64,000 bytes: 250 of each value expected; a fair source stays well inside 150..350.
    expect(Math.min(...counts)).toBeGreaterThan(150);
    expect(Math.max(...counts)).toBeLessThan(350);
  });

  it("refuses sizes it was not made for", () => {
    for (const size of [0, -1, 1.5, 257, Number.NaN]) expect(() => pooledRandomBytes(size)).toThrow(RangeError);
  });
});
