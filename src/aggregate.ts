import { DAY_MS } from './clock.js'
import { estimatedMonthlyCost } from './pricing.js'
import { TAG_MANAGED, type SnapshotRecord } from './types.js'

/** Count, size and estimated monthly cost of a group of snapshots. */
export interface Totals {
  count: number
  sizeGib: number
  costUsd: number
}

/** The age ranges of the summary, in whole days. */
export const AGE_RANGES = [
  { label: '0-7 d', max: 7 },
  { label: '8-30 d', max: 30 },
  { label: '31-90 d', max: 90 },
  { label: '91-365 d', max: 365 },
  { label: 'older', max: Number.POSITIVE_INFINITY }
] as const

/** A source (volume, DB, file system) and what its snapshots hold. */
export interface SourceTotals extends Totals {
  accountId: string
  region: string
  service: string
  sourceId: string
}

/** Everything the summary shows, serialisable to JSON and mergeable across runs. */
export interface InventoryAggregate {
  total: Totals
  byService: Record<string, Totals>
  byRegion: Record<string, Totals>
  byAccount: Record<string, Totals>
  byAge: Record<string, Totals>
  byEncryption: Record<string, Totals>
  byTier: Record<string, Totals>
  byType: Record<string, Totals>
  managed: Totals
  noSource: Totals
  topSources: SourceTotals[]
  /** True when more distinct sources were seen than the source table tracks exactly. */
  sourcesApproximate: boolean
}

/** How many distinct sources are tracked exactly; past twice this the smallest half is dropped. */
export const SOURCE_CAPACITY = 10_000

/** Whole days between a snapshot's creation and now (0 for a future time). */
export function ageDays(createdAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / DAY_MS))
}

/** The label of the age range a snapshot of this age falls in. */
export function ageRange(days: number): string {
  return AGE_RANGES.find((r) => days <= r.max)?.label ?? 'older'
}

function zero(): Totals {
  return { count: 0, sizeGib: 0, costUsd: 0 }
}

function bump(map: Record<string, Totals>, key: string, size: number, cost: number): void {
  const t = (map[key] ??= zero())
  t.count += 1
  t.sizeGib += size
  t.costUsd += cost
}

function addTotals(into: Totals, from: Totals): void {
  into.count += from.count
  into.sizeGib += from.sizeGib
  into.costUsd += from.costUsd
}

/** Folds snapshot records into aggregates as they stream past, in memory bounded by the number of sources. */
export class Aggregator {
  private readonly agg: InventoryAggregate = Aggregator.empty()
  private readonly sources = new Map<string, SourceTotals>()

  constructor(private readonly now: Date) {}

  /** An aggregate of nothing. */
  static empty(): InventoryAggregate {
    const byAge: Record<string, Totals> = {}
    for (const r of AGE_RANGES) byAge[r.label] = zero()
    return {
      total: zero(),
      byService: {},
      byRegion: {},
      byAccount: {},
      byAge,
      byEncryption: {},
      byTier: {},
      byType: {},
      managed: zero(),
      noSource: zero(),
      topSources: [],
      sourcesApproximate: false
    }
  }

  /** Adds one record. */
  add(r: SnapshotRecord): void {
    const size = r.sizeGib
    const cost = estimatedMonthlyCost(r)
    const a = this.agg
    addTotals(a.total, { count: 1, sizeGib: size, costUsd: cost })
    bump(a.byService, r.service, size, cost)
    bump(a.byRegion, r.region, size, cost)
    bump(a.byAccount, r.accountId, size, cost)
    bump(a.byAge, ageRange(ageDays(r.createdAt, this.now)), size, cost)
    bump(a.byEncryption, r.encrypted ? 'encrypted' : 'unencrypted', size, cost)
    bump(a.byTier, `${r.service}/${r.storageTier}`, size, cost)
    bump(a.byType, r.snapshotType, size, cost)
    if (r.tags[TAG_MANAGED] === 'true') addTotals(a.managed, { count: 1, sizeGib: size, costUsd: cost })
    if (r.sourceId === null) addTotals(a.noSource, { count: 1, sizeGib: size, costUsd: cost })
    else this.addSource(r, size, cost)
  }

  private addSource(r: SnapshotRecord, size: number, cost: number): void {
    const key = `${r.accountId}/${r.region}/${r.service}/${r.sourceId}`
    let s = this.sources.get(key)
    if (!s) {
      s = { accountId: r.accountId, region: r.region, service: r.service, sourceId: r.sourceId ?? '', ...zero() }
      this.sources.set(key, s)
      if (this.sources.size > 2 * SOURCE_CAPACITY) this.trimSources()
    }
    addTotals(s, { count: 1, sizeGib: size, costUsd: cost })
  }

  private trimSources(): void {
    const keep = [...this.sources.entries()].sort((a, b) => b[1].sizeGib - a[1].sizeGib).slice(0, SOURCE_CAPACITY)
    this.sources.clear()
    for (const [k, v] of keep) this.sources.set(k, v)
    this.agg.sourcesApproximate = true
  }

  /** The aggregate so far, with the largest sources first. */
  result(topN = 25): InventoryAggregate {
    const topSources = [...this.sources.values()].sort(bySize).slice(0, topN)
    return { ...this.agg, topSources }
  }
}

function bySize(a: Totals & { sourceId?: string }, b: Totals & { sourceId?: string }): number {
  return b.sizeGib - a.sizeGib || b.count - a.count || (a.sourceId ?? '').localeCompare(b.sourceId ?? '')
}

function mergeMap(into: Record<string, Totals>, from: Record<string, Totals>): void {
  for (const [k, v] of Object.entries(from)) addTotals((into[k] ??= zero()), v)
}

/** Adds several aggregates together (accounts in one job, or runs across a matrix). */
export function mergeAggregates(parts: readonly InventoryAggregate[], topN = 25): InventoryAggregate {
  const out = Aggregator.empty()
  const sources: SourceTotals[] = []
  for (const p of parts) {
    addTotals(out.total, p.total)
    for (const key of ['byService', 'byRegion', 'byAccount', 'byAge', 'byEncryption', 'byTier', 'byType'] as const) {
      mergeMap(out[key], p[key])
    }
    addTotals(out.managed, p.managed)
    addTotals(out.noSource, p.noSource)
    sources.push(...p.topSources)
    out.sourcesApproximate ||= p.sourcesApproximate
  }
  out.topSources = sources.sort(bySize).slice(0, topN)
  return out
}
