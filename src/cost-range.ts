/**
 * The range an inventory's storage bill lies in. AWS bills an EBS lineage (the snapshots of one volume in one account
 * and region) for the first full copy plus the blocks each later snapshot changed, so its standard-tier storage lies
 * between the largest full size of its snapshots (everything shared) and the sum of their full sizes (nothing shared).
 * Archived snapshots are full copies billed at the archive price. Where AWS returns no full size, a snapshot counts at
 * its volume size, and a lineage with no full size at all keeps that volume-size bound at both ends. Other services
 * are priced on their listed size at both ends.
 */
import { pricePerGibMonth, pricedSizeGib } from './pricing.js'
import type { Service, SnapshotRecord } from './types.js'

/** How a lineage's range was found. */
export type CostMethod = 'full-size' | 'mixed' | 'volume-size' | 'listed-size'

/** Every method, in the order the summary names them. */
export const COST_METHODS: readonly CostMethod[] = ['full-size', 'mixed', 'volume-size', 'listed-size']

/** A low and a high monthly cost in US dollars. */
export interface CostRange {
  lowUsd: number
  highUsd: number
}

/** One lineage's range: a volume's EBS snapshots, or another service's source, in one account and region. */
export interface LineageCost extends CostRange {
  accountId: string
  region: string
  service: Service
  /** The source volume, DB or file system; null for snapshots with no known source (each is a lineage of its own). */
  sourceId: string | null
  snapshots: number
  /** Standard-tier storage in GiB at the low and the high end. */
  lowGib: number
  highGib: number
  /** Archived snapshots' full size in GiB, billed at the archive price at both ends. */
  archiveGib: number
  archived: number
  method: CostMethod
}

/** Ranges summed over lineages, with how many lineages each method priced. */
export interface RangeTotals extends CostRange {
  lineages: number
  snapshots: number
  methods: Partial<Record<CostMethod, number>>
}

/** The cost ranges an inventory shows: in total, per service and region, and for the largest sources. */
export interface CostRanges {
  total: RangeTotals
  /** Keyed `service/region`. */
  byServiceRegion: Record<string, RangeTotals>
  /** The lineages with the highest upper bound, highest first. */
  topSources: LineageCost[]
}

/** A snapshot as the measurement needs it, kept per lineage only when asked. */
export interface LineageSnapshot {
  snapshotId: string
  createdAt: Date
  storageTier: string
  state: string
}

/** What a lineage has folded in so far. */
interface LineageState {
  accountId: string
  region: string
  service: Service
  sourceId: string | null
  count: number
  /** Largest known full size of a standard-tier snapshot. */
  maxFullGib: number
  /** Sum over standard-tier snapshots of the full size, or the volume size where none is known. */
  sumGib: number
  known: number
  unknown: number
  archiveGib: number
  archived: number
  /** Other services: the listed-size cost. */
  listedUsd: number
  snapshotList: LineageSnapshot[] | null
}

function lineageKey(r: SnapshotRecord): string {
  return `${r.accountId}/${r.region}/${r.service}/${r.sourceId ?? `(none)/${r.snapshotId}`}`
}

function newState(r: SnapshotRecord, keepSnapshots: boolean): LineageState {
  return {
    accountId: r.accountId,
    region: r.region,
    service: r.service,
    sourceId: r.sourceId,
    count: 0,
    maxFullGib: 0,
    sumGib: 0,
    known: 0,
    unknown: 0,
    archiveGib: 0,
    archived: 0,
    listedUsd: 0,
    snapshotList: keepSnapshots && r.service === 'ebs' ? [] : null
  }
}

function fold(s: LineageState, r: SnapshotRecord): void {
  s.count += 1
  s.snapshotList?.push({
    snapshotId: r.snapshotId,
    createdAt: r.createdAt,
    storageTier: r.storageTier,
    state: r.state
  })
  if (r.service !== 'ebs') {
    s.listedUsd += pricedSizeGib(r) * pricePerGibMonth(r.service, r.storageTier)
    return
  }
  if (r.storageTier === 'archive') {
    s.archiveGib += pricedSizeGib(r)
    s.archived += 1
    return
  }
  s.sumGib += pricedSizeGib(r)
  if (r.fullSizeGib === undefined) s.unknown += 1
  else {
    s.known += 1
    s.maxFullGib = Math.max(s.maxFullGib, r.fullSizeGib)
  }
}

function finish(s: LineageState): LineageCost {
  const base = {
    accountId: s.accountId,
    region: s.region,
    service: s.service,
    sourceId: s.sourceId,
    snapshots: s.count,
    archiveGib: s.archiveGib,
    archived: s.archived
  }
  if (s.service !== 'ebs') {
    return { ...base, lowGib: 0, highGib: 0, lowUsd: s.listedUsd, highUsd: s.listedUsd, method: 'listed-size' }
  }
  const method: CostMethod = s.unknown === 0 ? 'full-size' : s.known === 0 ? 'volume-size' : 'mixed'
  const lowGib = method === 'volume-size' ? s.sumGib : s.maxFullGib
  const archiveUsd = s.archiveGib * pricePerGibMonth('ebs', 'archive')
  const standard = pricePerGibMonth('ebs', 'standard')
  return {
    ...base,
    lowGib,
    highGib: s.sumGib,
    lowUsd: lowGib * standard + archiveUsd,
    highUsd: s.sumGib * standard + archiveUsd,
    method
  }
}

/** The range of one lineage's snapshots (all of one account, region, service and source). */
export function lineageCost(records: readonly SnapshotRecord[]): LineageCost {
  const first = records[0]
  if (first === undefined) throw new RangeError('a lineage needs at least one snapshot')
  const state = newState(first, false)
  for (const r of records) fold(state, r)
  return finish(state)
}

function emptyTotals(): RangeTotals {
  return { lowUsd: 0, highUsd: 0, lineages: 0, snapshots: 0, methods: {} }
}

/** Adds one lineage to totals. */
export function addLineage(into: RangeTotals, l: LineageCost): void {
  into.lowUsd += l.lowUsd
  into.highUsd += l.highUsd
  into.lineages += 1
  into.snapshots += l.snapshots
  into.methods[l.method] = (into.methods[l.method] ?? 0) + 1
}

/** Orders lineages by upper bound, highest first (then by source, for a stable order). */
export function byUpperBound(a: LineageCost, b: LineageCost): number {
  return (
    b.highUsd - a.highUsd ||
    `${a.accountId}/${a.region}/${a.sourceId ?? ''}`.localeCompare(`${b.accountId}/${b.region}/${b.sourceId ?? ''}`)
  )
}

/** Folds snapshot records into lineages as they stream past; memory grows with the number of lineages. */
export class CostRangeTracker {
  private readonly lineages = new Map<string, LineageState>()

  /** `keepSnapshots`: keep each EBS lineage's snapshots, for measuring them afterwards. */
  constructor(private readonly keepSnapshots = false) {}

  /** Adds one record. */
  add(r: SnapshotRecord): void {
    const key = lineageKey(r)
    let s = this.lineages.get(key)
    if (s === undefined) {
      s = newState(r, this.keepSnapshots)
      this.lineages.set(key, s)
    }
    fold(s, r)
  }

  /** Every lineage's range. */
  lineageCosts(): LineageCost[] {
    return [...this.lineages.values()].map(finish)
  }

  /** The ranges in total, per service and region, and the `topN` largest sources by upper bound. */
  result(topN = 25): CostRanges {
    return summarizeLineages(this.lineageCosts(), topN)
  }

  /**
   * The `n` EBS lineages of a known volume with the highest upper bound, each with its snapshots (kept only when the
   * tracker was made with keepSnapshots).
   */
  mostExpensiveEbs(n: number): { lineage: LineageCost; snapshots: LineageSnapshot[] }[] {
    return [...this.lineages.values()]
      .filter((s) => s.service === 'ebs' && s.sourceId !== null)
      .map((s) => ({ lineage: finish(s), snapshots: s.snapshotList ?? [] }))
      .sort((a, b) => byUpperBound(a.lineage, b.lineage))
      .slice(0, Math.max(0, n))
  }
}

/** Sums lineages into totals per service and region, and picks the `topN` largest by upper bound. */
export function summarizeLineages(lineages: readonly LineageCost[], topN = 25): CostRanges {
  const total = emptyTotals()
  const byServiceRegion: Record<string, RangeTotals> = {}
  for (const l of lineages) {
    addLineage(total, l)
    addLineage((byServiceRegion[`${l.service}/${l.region}`] ??= emptyTotals()), l)
  }
  return { total, byServiceRegion, topSources: [...lineages].sort(byUpperBound).slice(0, topN) }
}
