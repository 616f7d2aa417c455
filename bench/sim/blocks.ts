/**
 * The simulated block contents of EBS snapshots, for FullSnapshotSizeInBytes and the EBS direct APIs. A snapshot holds
 * blocks 0..F-1 (F = its full size in blocks). Between two snapshots of one volume, the second rewrote a prefix of R
 * blocks (a seeded 1-10% of the smaller one) and the blocks past the smaller full size differ: added by the second
 * when it is larger, gone from it when it is smaller. The billed size of a lineage is then the first snapshot's
 * blocks plus, for each later one, the blocks it rewrote or added since its predecessor.
 */
import { hash32, hashString } from './prng.js'
import type { EbsSnapshot } from './types.js'

/** The EBS snapshot block size in bytes. */
export const SIM_BLOCK_BYTES = 524_288
/** Blocks in one GiB. */
export const BLOCKS_PER_GIB = 2048

/** A snapshot's full size in blocks (0 when it has none). */
export function fullBlocks(s: Pick<EbsSnapshot, 'fullSnapshotSizeInBytes'>): number {
  return Math.floor((s.fullSnapshotSizeInBytes ?? 0) / SIM_BLOCK_BYTES)
}

/** The full size in bytes of a snapshot of a `volumeGib` volume that holds `fill` (0-1) of it written. */
export function fullSizeBytes(volumeGib: number, fill: number): number {
  return Math.max(1, Math.round(volumeGib * BLOCKS_PER_GIB * fill)) * SIM_BLOCK_BYTES
}

/** The blocks of the prefix the second snapshot rewrote since the first. */
export function rewrittenBlocks(first: EbsSnapshot, second: EbsSnapshot): number {
  const churn = 0.01 + 0.09 * (hash32(hashString(second.snapshotId), hashString(first.snapshotId)) / 2 ** 32)
  return Math.floor(Math.min(fullBlocks(first), fullBlocks(second)) * churn)
}

/** One entry of ListChangedBlocks: which of the two snapshots hold the block. */
export interface ChangedBlock {
  index: number
  inFirst: boolean
  inSecond: boolean
}

/** The number of entries ListChangedBlocks lists between two snapshots. */
export function changedCount(first: EbsSnapshot, second: EbsSnapshot): number {
  return rewrittenBlocks(first, second) + Math.abs(fullBlocks(second) - fullBlocks(first))
}

/** The entries of ListChangedBlocks between two snapshots from `from` (0-based, in block order) up to `to`. */
export function changedRange(first: EbsSnapshot, second: EbsSnapshot, from: number, to: number): ChangedBlock[] {
  const r = rewrittenBlocks(first, second)
  const f1 = fullBlocks(first)
  const f2 = fullBlocks(second)
  const low = Math.min(f1, f2)
  const out: ChangedBlock[] = []
  for (let k = from; k < to; k++) {
    out.push(
      k < r
        ? { index: k, inFirst: true, inSecond: true }
        : { index: low + (k - r), inFirst: f1 > f2, inSecond: f2 > f1 }
    )
  }
  return out
}

/** The billed bytes of a lineage's standard-tier snapshots (ordered by start time, then id), by the model above. */
export function lineageBilledBytes(snapshots: readonly EbsSnapshot[]): number {
  const ordered = [...snapshots].sort(
    (a, b) => a.startTime.getTime() - b.startTime.getTime() || a.snapshotId.localeCompare(b.snapshotId)
  )
  let blocks = 0
  ordered.forEach((s, i) => {
    const previous = ordered[i - 1]
    blocks +=
      previous === undefined
        ? fullBlocks(s)
        : rewrittenBlocks(previous, s) + Math.max(0, fullBlocks(s) - fullBlocks(previous))
  })
  return blocks * SIM_BLOCK_BYTES
}
