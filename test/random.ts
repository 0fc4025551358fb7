// A seeded pseudo-random integer source for tests that compare two implementations on reproducible random input.

/** xorshift32 from `seed`: each call returns an integer in [0, n); the same seed gives the same sequence. */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
}
