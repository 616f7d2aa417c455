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

/** Where a lineage is: account, region, service and source. */
interface LineageHead {
  accountId: string
  region: string
  service: Service
  sourceId: string | null
}

/** The numbers a lineage folds, as offsets into its slot of a Float64Array. */
const F = {
  count: 0,
  /** Largest known full size of a standard-tier snapshot. */
  maxFullGib: 1,
  /** Sum over standard-tier snapshots of the full size, or the volume size where none is known. */
  sumGib: 2,
  known: 3,
  unknown: 4,
  archiveGib: 5,
  archived: 6,
  /** Other services: the listed-size cost. */
  listedUsd: 7
} as const
const FIELDS = 8

function bump(d: Float64Array, i: number, by: number): void {
  d[i] = (d[i] ?? 0) + by
}

function fold(d: Float64Array, o: number, r: SnapshotRecord): void {
  bump(d, o + F.count, 1)
  if (r.service !== 'ebs') {
    bump(d, o + F.listedUsd, pricedSizeGib(r) * pricePerGibMonth(r.service, r.storageTier))
    return
  }
  if (r.storageTier === 'archive') {
    bump(d, o + F.archiveGib, pricedSizeGib(r))
    bump(d, o + F.archived, 1)
    return
  }
  bump(d, o + F.sumGib, pricedSizeGib(r))
  if (r.fullSizeGib === undefined) bump(d, o + F.unknown, 1)
  else {
    bump(d, o + F.known, 1)
    d[o + F.maxFullGib] = Math.max(d[o + F.maxFullGib] ?? 0, r.fullSizeGib)
  }
}

function finish(head: LineageHead, d: Float64Array, o: number): LineageCost {
  const at = (f: number): number => d[o + f] ?? 0
  const base = { ...head, snapshots: at(F.count), archiveGib: at(F.archiveGib), archived: at(F.archived) }
  if (head.service !== 'ebs') {
    const listed = at(F.listedUsd)
    return { ...base, lowGib: 0, highGib: 0, lowUsd: listed, highUsd: listed, method: 'listed-size' }
  }
  const known = at(F.known)
  const unknown = at(F.unknown)
  const method: CostMethod = unknown === 0 ? 'full-size' : known === 0 ? 'volume-size' : 'mixed'
  const sumGib = at(F.sumGib)
  const lowGib = method === 'volume-size' ? sumGib : at(F.maxFullGib)
  const archiveUsd = at(F.archiveGib) * pricePerGibMonth('ebs', 'archive')
  const standard = pricePerGibMonth('ebs', 'standard')
  return {
    ...base,
    lowGib,
    highGib: sumGib,
    lowUsd: lowGib * standard + archiveUsd,
    highUsd: sumGib * standard + archiveUsd,
    method
  }
}

/** The range of one lineage's snapshots (all of one account, region, service and source). */
export function lineageCost(records: readonly SnapshotRecord[]): LineageCost {
  const first = records[0]
  if (first === undefined) throw new RangeError('a lineage needs at least one snapshot')
  const d = new Float64Array(FIELDS)
  for (const r of records) fold(d, 0, r)
  return finish(headOf(first), d, 0)
}

function headOf(r: SnapshotRecord): LineageHead {
  return { accountId: r.accountId, region: r.region, service: r.service, sourceId: r.sourceId }
}

const SEP = '\u0000'

/** A lineage's key: one flat string, so that no field of a record (nor the page it was parsed from) stays referenced. */
function lineageKey(r: SnapshotRecord): string {
  return [r.service, r.accountId, r.region, r.sourceId === null ? '' : 's', r.sourceId ?? r.snapshotId].join(SEP)
}

function headFromKey(key: string): LineageHead {
  const [service = '', accountId = '', region = '', known = '', ...rest] = key.split(SEP)
  return { service: service as Service, accountId, region, sourceId: known === 's' ? rest.join(SEP) : null }
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

/**
 * Folds snapshot records into lineages as they stream past. Memory grows with the number of lineages, kept compact:
 * one flat key and eight numbers each (and each EBS lineage's snapshots when they are kept for measuring).
 */
export class CostRangeTracker {
  private readonly slots = new Map<string, number>()
  private data = new Float64Array(FIELDS * 1024)
  private readonly snapshots = new Map<number, LineageSnapshot[]>()

  /** `keepSnapshots`: keep each EBS lineage's snapshots, for measuring them afterwards. */
  constructor(private readonly keepSnapshots = false) {}

  /** Adds one record. */
  add(r: SnapshotRecord): void {
    const key = lineageKey(r)
    let slot = this.slots.get(key)
    if (slot === undefined) {
      slot = this.slots.size
      this.slots.set(key, slot)
      if ((slot + 1) * FIELDS > this.data.length) {
        const grown = new Float64Array(this.data.length * 2)
        grown.set(this.data)
        this.data = grown
      }
    }
    fold(this.data, slot * FIELDS, r)
    if (this.keepSnapshots && r.service === 'ebs') {
      const list = this.snapshots.get(slot) ?? []
      list.push({ snapshotId: r.snapshotId, createdAt: r.createdAt, storageTier: r.storageTier, state: r.state })
      this.snapshots.set(slot, list)
    }
  }

  /** Every lineage's range. */
  lineageCosts(): LineageCost[] {
    return [...this.slots].map(([key, slot]) => finish(headFromKey(key), this.data, slot * FIELDS))
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
    return [...this.slots]
      .map(([key, slot]) => ({ head: headFromKey(key), slot }))
      .filter(({ head }) => head.service === 'ebs' && head.sourceId !== null)
      .map(({ head, slot }) => ({
        lineage: finish(head, this.data, slot * FIELDS),
        snapshots: this.snapshots.get(slot) ?? []
      }))
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

/** Adds totals to totals: both ends, lineages, snapshots and the lineages per method. */
function addTotals(into: RangeTotals, t: RangeTotals): void {
  into.lowUsd += t.lowUsd
  into.highUsd += t.highUsd
  into.lineages += t.lineages
  into.snapshots += t.snapshots
  for (const m of COST_METHODS) if (t.methods[m] !== undefined) into.methods[m] = (into.methods[m] ?? 0) + t.methods[m]
}

/**
 * Joins the ranges of runs over different accounts (a lineage lies in one account, so none is split): both ends
 * summed per service and region and in total, as one run over all of them sums its lineages, and the `topN` largest
 * sources of all (each run's top holds every source of its own that can be among them).
 */
export function mergeCostRanges(parts: readonly CostRanges[], topN = 25): CostRanges {
  const total = emptyTotals()
  const byServiceRegion: Record<string, RangeTotals> = {}
  for (const p of parts) {
    addTotals(total, p.total)
    for (const [key, t] of Object.entries(p.byServiceRegion)) addTotals((byServiceRegion[key] ??= emptyTotals()), t)
  }
  const topSources = parts
    .flatMap((p) => p.topSources)
    .sort(byUpperBound)
    .slice(0, topN)
  return { total, byServiceRegion, topSources }
}
