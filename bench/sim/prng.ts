/** Seeded pseudo-random numbers and stateless hashes shared by the simulator and the fault proxy. */

/** Returns a seeded PRNG (mulberry32) yielding floats in [0, 1); the same seed gives the same sequence. */
export function createRng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Mixes integers into one unsigned 32-bit hash, so per-item values need no stored state. */
export function hash32(...parts: number[]): number {
  let h = 0x811c9dc5
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193)
    h ^= h >>> 13
    h = Math.imul(h, 0x5bd1e995)
    h ^= h >>> 15
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** Maps integers to a deterministic float in [0, 1). */
export function unit(...parts: number[]): number {
  return hash32(...parts) / 4294967296
}

/** Hashes a string to an unsigned 32-bit integer (FNV-1a). */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** Formats an integer as fixed-width lower-case hex. */
export function hex(value: number, width: number): string {
  return (value >>> 0).toString(16).padStart(width, '0').slice(-width)
}
