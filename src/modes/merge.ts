import * as fs from 'node:fs'
import * as path from 'node:path'
import * as readline from 'node:readline'
import { once } from 'node:events'
import { stringify } from 'csv-stringify/sync'
import { mergeAggregates, type InventoryAggregate } from '../aggregate.js'
import type { Clock } from '../clock.js'
import { mergeCostRanges, type CostRanges } from '../cost-range.js'
import {
  FindingTally,
  findingsBySeverity,
  type AccountFindings,
  type AccountRuleCount,
  type RuleCount
} from '../finding-counts.js'
import type { Config } from '../inputs.js'
import { INVENTORY_COLUMNS } from '../inventory-csv.js'
import {
  parseResultFile,
  ResultFileError,
  type CheckSlice,
  type InventorySlice,
  type ResultKind,
  type ResultSlice
} from '../result-file.js'
import { NO_FOLLOW, readableFile, writeStream } from '../paths.js'
import { RULE_IDS, RULE_SEVERITY } from '../rules.js'
import type { ListingFailure } from '../types.js'

/** A result file that was not joined because it is not what the action writes. */
export interface RejectedFile {
  file: string
  reason: string
}

/** A result file of a mode that merge does not join (backup, prune, an earlier merge). */
export interface SkippedFile {
  file: string
  mode: string
}

/** An expected account and the kinds of result it has none of. */
export interface MissingAccount {
  accountId: string
  kinds: ResultKind[]
}

/** The joined result of several runs. */
export interface MergeResult {
  mode: 'merge'
  generatedAt: string
  /** The result files joined, below merge-path. */
  inputs: { file: string; kind: ResultKind }[]
  accounts: string[]
  regions: string[]
  /** The totals of the inventory results. */
  aggregate: InventoryAggregate
  /**
   * The inventory results' estimate ranges joined (summed per service and region); null when an inventory result
   * holds none (`costsMissing` names it) or there is no inventory result.
   */
  costs: CostRanges | null
  /** The inventory result files that hold no estimate ranges. */
  costsMissing: string[]
  failures: ListingFailure[]
  /** The accounts each kind of result covers. */
  coverage: Record<ResultKind, string[]>
  /** Findings per rule over every check result (all zero without check results). */
  rules: RuleCount[]
  /** Findings per account and rule over every check result. */
  findingCounts: AccountRuleCount[]
  findingsByAccount: AccountFindings[]
  /** The accounts input; null when completeness was not checked. */
  expectedAccounts: string[] | null
  missing: MissingAccount[]
  missingAccounts: string[]
  /** Accounts in the results that the accounts input does not list (joined all the same). */
  unexpectedAccounts: string[]
  rejected: RejectedFile[]
  skipped: SkippedFile[]
  csvPath: string
  rowCount: number
}

/** The largest result file merge reads; results of this version stay far below it. */
export const MAX_RESULT_BYTES = 64 * 1024 * 1024

/**
 * Finds every result JSON below a folder, as paths below it, in a stable order. Folder links are not followed; a
 * result file that is a link is listed, so that reading it is refused and reported rather than silently skipped.
 */
export function findResultFiles(root: string): string[] {
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new Error(
      `merge-path ${root} is not a folder: download the earlier runs' artifacts there (actions/download-artifact with a path)`
    )
  }
  const out: string[] = []
  const walk = (rel: string): void => {
    const entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true })
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = rel === '' ? e.name : `${rel}/${e.name}`
      if (e.isDirectory()) walk(p)
      else if ((e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.summary.json')) out.push(p)
    }
  }
  walk('')
  return out
}

/** The path of a file below merge-path; every file merge reads is resolved here. */
function resolveMergeFile(root: string, relative: string): string {
  const resolved = path.resolve(root, relative)
  if (!resolved.startsWith(path.resolve(root) + path.sep))
    throw new Error(`${relative} is not below merge-path ${root}`)
  return readableFile(resolved)
}

/** Opens a file below merge-path for reading (the one place merge opens such a file). */
function openMergeFile(root: string, relative: string): number {
  return fs.openSync(resolveMergeFile(root, relative), fs.constants.O_RDONLY | NO_FOLLOW)
}

function readResultText(root: string, file: string): string {
  const fd = openMergeFile(root, file)
  try {
    const size = fs.fstatSync(fd).size
    if (size > MAX_RESULT_BYTES)
      throw new ResultFileError(
        file,
        '(the whole file)',
        `is ${size} bytes, more than a result holds (${MAX_RESULT_BYTES})`
      )
    return fs.readFileSync(fd, 'utf8')
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * Reads the CSV's records (a quoted field may span lines; a record ends where the quotes balance), checking its
 * header; hands each to `row` when given and returns how many there were.
 */
async function csvRecords(root: string, file: string, row?: (record: string) => Promise<void>): Promise<number> {
  const stream = fs.createReadStream('', { fd: openMergeFile(root, file), encoding: 'utf8' })
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity })
  const header = INVENTORY_COLUMNS.join(',')
  let first = true
  let records = 0
  let pending = ''
  try {
    for await (const line of lines) {
      if (first) {
        first = false
        if (line.replace(/^\uFEFF/, '') !== header)
          throw new ResultFileError(file, '(header)', "differs from this version's inventory CSV columns")
        continue
      }
      pending += `${line}\n`
      if ((pending.match(/"/g)?.length ?? 0) % 2 === 0) {
        records++
        if (row) await row(pending)
        pending = ''
      }
    }
  } finally {
    stream.destroy()
  }
  if (first) throw new ResultFileError(file, '(header)', 'is missing: the file is empty')
  if (pending !== '') throw new ResultFileError(file, '(last record)', 'ends inside a quoted field')
  return records
}

/** The CSV of an inventory result, below merge-path. */
function csvOf(slice: InventorySlice): string {
  const dir = path.posix.dirname(slice.file)
  return dir === '.' ? slice.csvName : `${dir}/${slice.csvName}`
}

/** Checks that an inventory result's CSV is beside it and holds as many rows as the result counts. */
async function checkCsv(root: string, slice: InventorySlice): Promise<void> {
  let rows: number
  try {
    rows = await csvRecords(root, csvOf(slice))
  } catch (err) {
    if ((err as NodeJS.ErrnoException | null)?.code !== 'ENOENT') throw err
    throw new ResultFileError(
      slice.file,
      'csvPath',
      `names ${slice.csvName}, which is not beside it; upload both files in the artifact`,
      'inventory'
    )
  }
  if (rows !== slice.rowCount)
    throw new ResultFileError(
      slice.file,
      'rowCount',
      `is ${slice.rowCount}, but ${slice.csvName} holds ${rows} rows: the artifact is incomplete`,
      'inventory'
    )
}

function rejection(err: unknown, file: string): RejectedFile & { kind: ResultKind | null } {
  if (err instanceof ResultFileError) return { file, reason: err.message, kind: err.kind }
  const message = (err as Partial<Error> | null)?.message
  return { file, reason: `${file}: ${message ?? String(err)}`, kind: null }
}

/** Refuses a second result of the same kind for an account: joining both would count it twice. */
function withoutOverlap(slices: readonly ResultSlice[]): { kept: ResultSlice[]; rejected: RejectedFile[] } {
  const owner = new Map<string, string>()
  const kept: ResultSlice[] = []
  const rejected: RejectedFile[] = []
  for (const s of slices) {
    const twice = s.accounts.find((a) => owner.has(`${s.kind}/${a}`))
    if (twice !== undefined) {
      rejected.push({
        file: s.file,
        reason: `${s.file}: field 'accounts' names account ${twice}, which ${owner.get(`${s.kind}/${twice}`)} already holds a ${s.kind} result of; joining both would count it twice`
      })
      continue
    }
    for (const a of s.accounts) owner.set(`${s.kind}/${a}`, s.file)
    kept.push(s)
  }
  return { kept, rejected }
}

function sumRules(slices: readonly CheckSlice[]): RuleCount[] {
  const out = RULE_IDS.map((rule) => ({ rule, severity: RULE_SEVERITY[rule], findings: 0, silenced: 0 }))
  for (const s of slices) {
    for (const r of s.rules) {
      const into = out.find((o) => o.rule === r.rule)
      if (into) {
        into.findings += r.findings
        into.silenced += r.silenced
      }
    }
  }
  return out
}

function missingAccounts(
  expected: readonly string[],
  coverage: Record<ResultKind, ReadonlySet<string>>,
  kinds: readonly ResultKind[]
): MissingAccount[] {
  const out: MissingAccount[] = []
  for (const accountId of expected) {
    const lacking = kinds.length === 0 ? [] : kinds.filter((k) => !coverage[k].has(accountId))
    if (kinds.length === 0 || lacking.length > 0) out.push({ accountId, kinds: lacking })
  }
  return out
}

/** The failures without repeats (an account that failed both its inventory and its check is named once). */
function distinct(failures: readonly ListingFailure[]): ListingFailure[] {
  const seen = new Map<string, ListingFailure>()
  for (const f of failures) seen.set(JSON.stringify([f.accountId, f.region, f.service, f.message]), f)
  return [...seen.values()]
}

const byFailure = (a: ListingFailure, b: ListingFailure): number =>
  `${a.accountId}${a.region}${a.service}`.localeCompare(`${b.accountId}${b.region}${b.service}`)

/** The inventories' ranges joined, when every inventory has them. */
function joinedCosts(inventories: readonly InventorySlice[]): Pick<MergeResult, 'costs' | 'costsMissing'> {
  const costsMissing = inventories.filter((s) => s.costs === null).map((s) => s.file)
  const ranges = inventories.flatMap((s) => (s.costs === null ? [] : [s.costs]))
  const costs = inventories.length > 0 && costsMissing.length === 0 ? mergeCostRanges(ranges) : null
  return { costs, costsMissing }
}

/**
 * Joins earlier runs' results: one CSV of every inventory row, one aggregate and one count of findings for the
 * whole organisation. Files that are not what the action writes are rejected and left out; with `accounts`, the
 * expected accounts without a result are named.
 */
export async function runMerge(
  config: Pick<Config, 'mergePath' | 'csvPath' | 'accounts'>,
  clock: Clock
): Promise<MergeResult> {
  const root = config.mergePath ?? ''
  const expected = Array.isArray(config.accounts) ? [...config.accounts].sort() : null
  const files = findResultFiles(root)
  if (files.length === 0 && expected === null)
    throw new Error(`merge-path ${root} holds no *.summary.json results: download the earlier runs' artifacts there`)

  const read: ResultSlice[] = []
  const rejected: (RejectedFile & { kind: ResultKind | null })[] = []
  const skipped: SkippedFile[] = []
  for (const file of files) {
    try {
      const outcome = parseResultFile(file, readResultText(root, file))
      if (outcome.status === 'other-mode') {
        skipped.push({ file, mode: outcome.mode })
        continue
      }
      if (outcome.slice.kind === 'inventory') await checkCsv(root, outcome.slice)
      read.push(outcome.slice)
    } catch (err) {
      rejected.push(rejection(err, file))
    }
  }
  const { kept, rejected: overlapping } = withoutOverlap(read)
  const inventories = kept.filter((s): s is InventorySlice => s.kind === 'inventory')
  const checks = kept.filter((s): s is CheckSlice => s.kind === 'check')

  fs.mkdirSync(path.dirname(config.csvPath), { recursive: true })
  const out = writeStream(config.csvPath)
  out.write(stringify([[...INVENTORY_COLUMNS]]))
  let rowCount = 0
  for (const s of inventories) {
    rowCount += await csvRecords(root, csvOf(s), async (rec) => {
      if (!out.write(rec)) await once(out, 'drain')
    })
  }
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => {
      if (err) reject(err)
      else resolve()
    })
  )

  const tally = new FindingTally()
  for (const s of checks) for (const c of s.findingCounts) tally.addCount(c)
  const findingCounts = tally.list()
  const coverage: Record<ResultKind, string[]> = {
    inventory: [...new Set(inventories.flatMap((s) => s.accounts))].sort(),
    check: [...new Set(checks.flatMap((s) => s.accounts))].sort()
  }
  const kinds = (['inventory', 'check'] as const).filter(
    (k) => coverage[k].length > 0 || rejected.some((r) => r.kind === k)
  )
  const accounts = [...new Set(kept.flatMap((s) => s.accounts))].sort()
  const missing =
    expected === null
      ? []
      : missingAccounts(expected, { inventory: new Set(coverage.inventory), check: new Set(coverage.check) }, kinds)
  return {
    mode: 'merge',
    generatedAt: clock.now().toISOString(),
    inputs: kept.map((s) => ({ file: s.file, kind: s.kind })),
    accounts,
    regions: [...new Set(kept.flatMap((s) => s.regions))].sort(),
    aggregate: mergeAggregates(inventories.map((s) => s.aggregate)),
    ...joinedCosts(inventories),
    failures: distinct(kept.flatMap((s) => s.failures)).sort(byFailure),
    coverage,
    rules: sumRules(checks),
    findingCounts,
    findingsByAccount: findingsBySeverity(findingCounts),
    expectedAccounts: expected,
    missing,
    missingAccounts: missing.map((m) => m.accountId),
    unexpectedAccounts: expected === null ? [] : accounts.filter((a) => !expected.includes(a)),
    rejected: [...rejected.map(({ file, reason }) => ({ file, reason })), ...overlapping],
    skipped,
    csvPath: config.csvPath,
    rowCount
  }
}
