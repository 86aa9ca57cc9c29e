// Deterministic randomness for the illustrative data: the same cell always gets the same numbers, on
// any machine, in any order of generation. So no Math.random and no clock.

/** FNV-1a, 32 bits: a stable hash of a string (UTF-16 code units are enough for seeding). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** mulberry32: a small, well-mixed 32-bit generator; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Rng = () => number

/** A generator keyed by the cell it is for (e.g. code, indicator, year), independent of call order. */
export function rngFor(...parts: ReadonlyArray<string | number>): Rng {
  return mulberry32(hashString(parts.join('|')))
}

/** A float in [low, high). */
export function between(rng: Rng, low: number, high: number): number {
  return low + (high - low) * rng()
}
