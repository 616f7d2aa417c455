/**
 * What changed between two inventories: the snapshots added and removed (a snapshot is the same across runs when its
 * account, region and id are), their totals, the change in cost per service, region and account, and the sources
 * whose snapshots grew most. The earlier inventory's CSV comes from an artifact and is read as hostile input.
 */
import type { InventoryAggregate, Totals } from './aggregate.js'
import { ACCOUNT_RE } from './aws-names.js'
import { CsvWriter } from './csv.js'
import { CsvReadError, readCsvRecords } from './csv-read.js'
import { INVENTORY_COLUMNS, round } from './inventory-csv.js'
import type { Service } from './types.js'

/** The columns of the changes CSV, in order. */
export const CHANGE_COLUMNS = [
  'change',
  'account_id',
  'region',
  'service',
  'snapshot_id',
  'snapshot_type',
  'source_id',
  'created_at',
  'size_gib',
  'estimated_monthly_cost_usd'
] as const

/** One snapshot as the changes need it. */
export interface ChangedSnapshot {
  accountId: string
  region: string
  service: Service
  snapshotId: string
  snapshotType: string
  sourceId: string
  createdAt: string
  sizeGib: number
  costUsd: number
}

/** A row of the changes CSV: a snapshot and whether it was added or removed. */
export interface ChangeRow extends ChangedSnapshot {
  change: 'added' | 'removed'
}

/** The change of one key (service, region or account) between the runs. */
export interface CostDelta {
  key: string
  before: Totals
  after: Totals
  /** after.costUsd - before.costUsd. */
  costChangeUsd: number
}

/**
 * A source (volume, DB instance or cluster, file system) and how its snapshots changed: the snapshots added and
 * removed, and the net GiB and estimated $/month they bring.
 */
export interface SourceGrowth {
  accountId: string
  region: string
  service: Service
  sourceId: string
  added: number
  removed: number
  gibChange: number
  costChangeUsd: number
}

/** Everything the report says about what changed. */
export interface InventoryChanges {
  added: Totals
  removed: Totals
  /** Net change of the estimated monthly cost: this run's total minus the compared run's. */
  costChangeUsd: number
  byService: CostDelta[]
  byRegion: CostDelta[]
  byAccount: CostDelta[]
  /** The sources that grew most (net GiB added), at most `MAX_GROWING_SOURCES`, largest growth first. */
  growingSources: SourceGrowth[]
  /** Where the changes CSV is. */
  csvPath: string
}

/** How many growing sources the changes keep. */
export const MAX_GROWING_SOURCES = 10
/** The most rows the earlier CSV may hold; no inventory of this version comes near it. */
export const MAX_PREVIOUS_ROWS = 5_000_000

const SERVICES: readonly Service[] = ['ebs', 'rds', 'rds-cluster', 'efs']
const REGION_RE = /^[a-z0-9-]{1,64}$/
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const CONTROL_RE = /[\u0000-\u001f\u007f]/
const COLUMN = Object.fromEntries(INVENTORY_COLUMNS.map((c, i) => [c, i])) as Record<
  (typeof INVENTORY_COLUMNS)[number],
  number
>

function zero(): Totals {
  return { count: 0, sizeGib: 0, costUsd: 0 }
}

/** The key that identifies a snapshot across runs. */
export function snapshotKey(s: Pick<ChangedSnapshot, 'accountId' | 'region' | 'snapshotId'>): string {
  return `${s.accountId}/${s.region}/${s.snapshotId}`
}

/** One inventory CSV record as a snapshot, checked field by field; throws naming the record and the field. */
export function changedSnapshot(record: readonly string[], file: string, line: number): ChangedSnapshot {
  const cell = (name: (typeof INVENTORY_COLUMNS)[number]): string => record[COLUMN[name]] ?? ''
  const bad = (name: string, problem: string): never => {
    throw new CsvReadError(file, `record ${line}: ${name} ${problem}`)
  }
  if (record.length !== INVENTORY_COLUMNS.length)
    bad('(the record)', `has ${record.length} fields; the header has ${INVENTORY_COLUMNS.length}`)
  const textOf = (name: (typeof INVENTORY_COLUMNS)[number], max: number): string => {
    const v = cell(name)
    if (v.length > max) bad(name, `is longer than ${max} characters`)
    if (CONTROL_RE.test(v)) bad(name, 'holds control characters')
    return v
  }
  const amountOf = (name: (typeof INVENTORY_COLUMNS)[number]): number => {
    const v = cell(name)
    const n = Number(v)
    if (v === '' || !Number.isFinite(n) || n < 0 || n > 1e12) bad(name, 'must be a number of at least 0')
    return n
  }
  const accountId = cell('account_id')
  if (!ACCOUNT_RE.test(accountId)) bad('account_id', 'must be a 12-digit account id')
  const region = cell('region')
  if (!REGION_RE.test(region)) bad('region', 'must be a region name')
  const service = cell('service') as Service
  if (!SERVICES.includes(service)) bad('service', `must be one of ${SERVICES.join(', ')}`)
  const snapshotId = textOf('snapshot_id', 512)
  if (snapshotId === '') bad('snapshot_id', 'is empty')
  return {
    accountId,
    region,
    service,
    snapshotId,
    snapshotType: textOf('snapshot_type', 32),
    sourceId: textOf('source_id', 512),
    createdAt: textOf('created_at', 64),
    sizeGib: amountOf('size_gib'),
    costUsd: amountOf('estimated_monthly_cost_usd')
  }
}

/**
 * The snapshots of the compared inventory's CSV, keyed by account, region and id; a key seen twice, or a number of
 * rows other than the result counts, is refused. Read before this run writes its own CSV (which may be the same file).
 */
export async function comparedSnapshots(file: string, rows: number): Promise<Map<string, ChangedSnapshot>> {
  const previous = await snapshotsOf(file, MAX_PREVIOUS_ROWS)
  if (previous.size !== rows)
    throw new CsvReadError(
      file,
      `holds ${previous.size} rows, but the compared result counts ${rows}: the artifact is incomplete`
    )
  return previous
}

async function snapshotsOf(file: string, maxRows: number): Promise<Map<string, ChangedSnapshot>> {
  const out = new Map<string, ChangedSnapshot>()
  let line = 1
  for await (const record of readCsvRecords(file, INVENTORY_COLUMNS)) {
    line++
    if (out.size >= maxRows) throw new CsvReadError(file, `holds more than ${maxRows} rows`)
    const s = changedSnapshot(record, file, line)
    const key = snapshotKey(s)
    if (out.has(key)) throw new CsvReadError(file, `record ${line}: snapshot ${key} is listed a second time`)
    out.set(key, s)
  }
  return out
}

function add(into: Totals, s: ChangedSnapshot): void {
  into.count += 1
  into.sizeGib += s.sizeGib
  into.costUsd += s.costUsd
}

/** The change per key of a totals map, largest absolute cost change first; keys absent on one side count as zero. */
export function costDeltas(before: Record<string, Totals>, after: Record<string, Totals>): CostDelta[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  return keys
    .map((key) => {
      const b = before[key] ?? zero()
      const a = after[key] ?? zero()
      return { key, before: { ...b }, after: { ...a }, costChangeUsd: a.costUsd - b.costUsd }
    })
    .sort((x, y) => Math.abs(y.costChangeUsd) - Math.abs(x.costChangeUsd) || x.key.localeCompare(y.key))
}

function byChange(a: ChangeRow, b: ChangeRow): number {
  return (
    a.change.localeCompare(b.change) ||
    a.accountId.localeCompare(b.accountId) ||
    a.region.localeCompare(b.region) ||
    a.snapshotId.localeCompare(b.snapshotId)
  )
}

function growth(rows: readonly ChangeRow[]): SourceGrowth[] {
  const sources = new Map<string, SourceGrowth>()
  for (const r of rows) {
    if (r.sourceId === '') continue
    const key = `${r.accountId}/${r.region}/${r.service}/${r.sourceId}`
    let g = sources.get(key)
    if (!g) {
      g = {
        accountId: r.accountId,
        region: r.region,
        service: r.service,
        sourceId: r.sourceId,
        added: 0,
        removed: 0,
        gibChange: 0,
        costChangeUsd: 0
      }
      sources.set(key, g)
    }
    const sign = r.change === 'added' ? 1 : -1
    if (r.change === 'added') g.added += 1
    else g.removed += 1
    g.gibChange += sign * r.sizeGib
    g.costChangeUsd += sign * r.costUsd
  }
  return [...sources.values()]
    .filter((g) => g.gibChange > 0)
    .sort(
      (a, b) =>
        b.gibChange - a.gibChange ||
        b.costChangeUsd - a.costChangeUsd ||
        `${a.accountId}/${a.region}/${a.sourceId}`.localeCompare(`${b.accountId}/${b.region}/${b.sourceId}`)
    )
    .slice(0, MAX_GROWING_SOURCES)
}

/**
 * Joins the compared inventory (its CSV and aggregate) with this run's: every snapshot only in this run is added,
 * every one only in the compared run removed. Writes them to `changesCsvPath` (added first, each group in account,
 * region and id order) and returns the totals and deltas.
 */
export async function inventoryChanges(o: {
  /** The compared snapshots ({@link comparedSnapshots}); the map is emptied. */
  previous: Map<string, ChangedSnapshot>
  previousAggregate: InventoryAggregate
  currentCsv: string
  currentAggregate: InventoryAggregate
  changesCsvPath: string
}): Promise<InventoryChanges> {
  const previous = o.previous
  const rows: ChangeRow[] = []
  const seen = new Set<string>()
  let line = 1
  for await (const record of readCsvRecords(o.currentCsv, INVENTORY_COLUMNS)) {
    line++
    const s = changedSnapshot(record, o.currentCsv, line)
    const key = snapshotKey(s)
    if (seen.has(key)) continue
    seen.add(key)
    if (previous.has(key)) previous.delete(key)
    else rows.push({ change: 'added', ...s })
  }
  for (const s of previous.values()) rows.push({ change: 'removed', ...s })
  rows.sort(byChange)
  const added = zero()
  const removed = zero()
  for (const r of rows) add(r.change === 'added' ? added : removed, r)
  const csv = CsvWriter.open<ChangeRow>(o.changesCsvPath, CHANGE_COLUMNS, (r) => [
    r.change,
    r.accountId,
    r.region,
    r.service,
    r.snapshotId,
    r.snapshotType,
    r.sourceId,
    r.createdAt,
    round(r.sizeGib, 3),
    round(r.costUsd, 4)
  ])
  for (let i = 0; i < rows.length; i += 1000) await csv.write(rows.slice(i, i + 1000))
  await csv.close()
  const before = o.previousAggregate
  const after = o.currentAggregate
  return {
    added,
    removed,
    costChangeUsd: after.total.costUsd - before.total.costUsd,
    byService: costDeltas(before.byService, after.byService),
    byRegion: costDeltas(before.byRegion, after.byRegion),
    byAccount: costDeltas(before.byAccount, after.byAccount),
    growingSources: growth(rows),
    csvPath: csv.filePath
  }
}

/** The changes CSV's path for an inventory CSV path: next to it, ending in .changes.csv. */
export function changesCsvPath(csvPath: string): string {
  return csvPath.replace(/\.csv$/i, '') + '.changes.csv'
}
