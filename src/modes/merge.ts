import * as fs from 'node:fs'
import * as path from 'node:path'
import * as readline from 'node:readline'
import { once } from 'node:events'
import { mergeAggregates, type InventoryAggregate } from '../aggregate.js'
import type { Clock } from '../clock.js'
import type { Config } from '../inputs.js'
import { INVENTORY_COLUMNS } from '../inventory-csv.js'
import { readableFile } from '../paths.js'
import { RESULT_SCHEMA_VERSION } from '../report.js'
import type { ListingFailure } from '../types.js'
import { stringify } from 'csv-stringify/sync'

/** Findings of one account, by severity. */
export interface AccountFindings {
  accountId: string
  error: number
  warning: number
  notice: number
}

/** The joined result of several runs. */
export interface MergeResult {
  mode: 'merge'
  generatedAt: string
  inputs: string[]
  accounts: string[]
  regions: string[]
  aggregate: InventoryAggregate
  failures: ListingFailure[]
  findingsByAccount: AccountFindings[]
  csvPath: string
  rowCount: number
}

interface ResultFile {
  file: string
  json: Record<string, unknown>
}

/** Finds every result JSON below a folder, in a stable order. */
export function findResultFiles(root: string): string[] {
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new Error(
      `merge-path ${root} is not a folder: download the earlier runs' artifacts there (actions/download-artifact with a path)`
    )
  }
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name.endsWith('.summary.json')) out.push(p)
    }
  }
  walk(root)
  return out
}

/** Reads and checks one result file; refuses files of another tool or schema version. */
export function readResultFile(file: string): ResultFile {
  let json: unknown
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (err) {
    throw new Error(`Cannot merge ${file}: it is not valid JSON (${(err as Error).message})`)
  }
  const obj = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>
  if (obj.tool !== 'snapshot-hygiene') throw new Error(`Cannot merge ${file}: it is not a snapshot-hygiene result`)
  if (obj.schema_version !== RESULT_SCHEMA_VERSION) {
    throw new Error(
      `Cannot merge ${file}: it was written by an incompatible version of snapshot-hygiene (schema_version ${String(obj.schema_version)}; this version reads ${RESULT_SCHEMA_VERSION}). Run every job with the same version of the action`
    )
  }
  return { file, json: obj }
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

function failures(v: unknown): ListingFailure[] {
  return Array.isArray(v)
    ? (v as ListingFailure[]).filter((f) => typeof f?.accountId === 'string' && typeof f.message === 'string')
    : []
}

function countFindings(v: unknown, into: Map<string, AccountFindings>): void {
  if (!Array.isArray(v)) return
  for (const f of v as { accountId?: unknown; severity?: unknown; silenced?: unknown }[]) {
    if (typeof f?.accountId !== 'string' || f.silenced === true) continue
    const a = into.get(f.accountId) ?? { accountId: f.accountId, error: 0, warning: 0, notice: 0 }
    if (f.severity === 'error' || f.severity === 'warning' || f.severity === 'notice') a[f.severity]++
    into.set(f.accountId, a)
  }
}

async function appendCsv(source: string, out: fs.WriteStream): Promise<number> {
  const lines = readline.createInterface({ input: fs.createReadStream(source, 'utf8'), crlfDelay: Infinity })
  let first = true
  let rows = 0
  let pending = ''
  for await (const line of lines) {
    if (first) {
      first = false
      if (!line.startsWith(INVENTORY_COLUMNS.join(',')))
        throw new Error(`Cannot merge ${source}: its columns differ from this version's inventory CSV`)
      continue
    }
    pending += `${line}\n`
    // A quoted field may span lines; a record ends where the quotes balance.
    if ((pending.match(/"/g)?.length ?? 0) % 2 === 0) {
      rows++
      if (!out.write(pending)) await once(out, 'drain')
      pending = ''
    }
  }
  return rows
}

/** Joins earlier runs' results: one CSV of every inventory row and one aggregate for the whole organisation. */
export async function runMerge(config: Pick<Config, 'mergePath' | 'csvPath'>, clock: Clock): Promise<MergeResult> {
  const root = config.mergePath ?? ''
  const files = findResultFiles(root).map((f) => readResultFile(readableFile(f)))
  if (files.length === 0)
    throw new Error(`merge-path ${root} holds no *.summary.json results: download the earlier runs' artifacts there`)
  fs.mkdirSync(path.dirname(config.csvPath), { recursive: true })
  const out = fs.createWriteStream(config.csvPath, 'utf8')
  out.write(stringify([[...INVENTORY_COLUMNS]]))
  const aggregates: InventoryAggregate[] = []
  const accounts = new Set<string>()
  const regions = new Set<string>()
  const allFailures: ListingFailure[] = []
  const findings = new Map<string, AccountFindings>()
  let rowCount = 0
  for (const { file, json } of files) {
    for (const a of stringList(json.accounts)) accounts.add(a)
    for (const r of stringList(json.regions)) regions.add(r)
    allFailures.push(...failures(json.failures))
    countFindings(json.findings, findings)
    if (
      (json.mode === 'inventory' || json.mode === 'merge') &&
      typeof json.aggregate === 'object' &&
      json.aggregate !== null
    ) {
      aggregates.push(json.aggregate as InventoryAggregate)
      const csv = readableFile(path.join(path.dirname(file), path.basename(String(json.csvPath ?? ''))))
      if (!fs.existsSync(csv))
        throw new Error(
          `Cannot merge ${file}: its CSV ${path.basename(csv)} is not beside it; upload both files in the artifact`
        )
      rowCount += await appendCsv(csv, out)
    }
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())))
  return {
    mode: 'merge',
    generatedAt: clock.now().toISOString(),
    inputs: files.map((f) => path.relative(root, f.file)),
    accounts: [...accounts].sort(),
    regions: [...regions].sort(),
    aggregate: mergeAggregates(aggregates),
    failures: allFailures,
    findingsByAccount: [...findings.values()].sort(
      (a, b) => b.error - a.error || b.warning - a.warning || a.accountId.localeCompare(b.accountId)
    ),
    csvPath: config.csvPath,
    rowCount
  }
}
