/**
 * The result JSON files merge reads. They come from workflow artifacts, so they are untrusted: every field merge
 * uses is checked here against the shape the inventory and check modes write, and copied into fresh objects.
 */
import { AGE_RANGES, type InventoryAggregate, type SourceTotals, type Totals } from './aggregate.js'
import { ACCOUNT_RE } from './aws-names.js'
import { COST_METHODS, type CostRanges, type LineageCost, type RangeTotals } from './cost-range.js'
import { MAX_HISTORY, type HistoryEntry } from './history.js'
import type { AccountRuleCount, RuleCount } from './finding-counts.js'
import { RESULT_SCHEMA_VERSION, RESULT_TOOL } from './result.js'
import { RULE_IDS, RULE_SEVERITY, SEVERITIES, type RuleId, type Severity } from './rules.js'
import { parseUtcTimestamp } from './timestamp.js'
import type { ListingFailure, Service } from './types.js'

/** The kinds of result merge joins. */
export type ResultKind = 'inventory' | 'check'

/** What every joined result holds. */
interface SliceBase {
  /** The file's path below merge-path. */
  file: string
  accounts: string[]
  regions: string[]
  failures: ListingFailure[]
  /** When the run listed its snapshots; '' in a result that does not say. */
  generatedAt: string
  /** The totals of the runs before it, itself last; null in a result written without one. */
  history: HistoryEntry[] | null
}

/** An inventory result: its totals and the name of its CSV (beside it). */
export interface InventorySlice extends SliceBase {
  kind: 'inventory'
  aggregate: InventoryAggregate
  csvName: string
  rowCount: number
  /** The estimate ranges (costs.ranges); null in a result written without them. */
  costs: CostRanges | null
}

/** A check result: its findings per rule, and per account and rule. */
export interface CheckSlice extends SliceBase {
  kind: 'check'
  rules: RuleCount[]
  findingCounts: AccountRuleCount[]
  /** The name of its findings JSON (beside it); null when the result does not name one. */
  findingsName: string | null
}

/** A result merge joins. */
export type ResultSlice = InventorySlice | CheckSlice

/** What reading a result file gives: a result to join, or a result of a mode merge does not join. */
export type ResultOutcome =
  { status: 'slice'; slice: ResultSlice } | { status: 'other-mode'; file: string; mode: string }

/** A result file that is not what the action writes; it names the file and the field. */
export class ResultFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
    /** The kind of result the file said it was, when it said so. */
    readonly kind: ResultKind | null = null
  ) {
    super(`${file}: field '${field}' ${problem}`)
    this.name = 'ResultFileError'
  }
}

/** A field that does not hold what it should; the reader adds the file. */
class Invalid extends Error {
  constructor(
    readonly field: string,
    readonly problem: string
  ) {
    super(`${field} ${problem}`)
  }
}

/** The characters of a region name; merge does not judge which regions exist, the run that wrote the file did. */
const REGION_CHARS_RE = /^[a-z0-9-]{1,64}$/
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f]/
const SERVICES: readonly Service[] = ['ebs', 'rds', 'rds-cluster', 'efs']
const FAILURE_SERVICES: readonly ListingFailure['service'][] = [...SERVICES, 'regions', 'account']
const SNAPSHOT_TYPES = ['manual', 'automated', 'aws-backup'] as const
/** Bounds that no result of this version comes near; a file past them is not one. */
const MAX_ITEMS = 1_000_000
const MAX_COUNT = 1e12
const MAX_AMOUNT = 1e15

function shown(value: unknown): string {
  // JSON.stringify gives undefined for undefined, functions and symbols, whatever its declared type says.
  const json = JSON.stringify(value) as string | undefined
  const text = json ?? String(value)
  return text.length > 60 ? `${text.slice(0, 60)}...` : text
}

function key(at: string, k: string): string {
  return /^[A-Za-z_][\w]*$/.test(k) ? `${at}.${k}` : `${at}[${shown(k)}]`
}

function object(v: unknown, at: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Invalid(at, 'must be an object')
  return v as Record<string, unknown>
}

function text(v: unknown, at: string, max: number): string {
  if (typeof v !== 'string') throw new Invalid(at, `must be a string; got ${shown(v)}`)
  if (v.length > max) throw new Invalid(at, `is longer than ${max} characters`)
  if (CONTROL_RE.test(v)) throw new Invalid(at, 'holds control characters')
  return v
}

function matching(v: unknown, at: string, re: RegExp, what: string): string {
  const s = text(v, at, 256)
  if (!re.test(s)) throw new Invalid(at, `must be ${what}; got ${shown(s)}`)
  return s
}

const accountId = (v: unknown, at: string): string => matching(v, at, ACCOUNT_RE, 'a 12-digit account id')
const regionName = (v: unknown, at: string): string =>
  matching(v, at, REGION_CHARS_RE, 'a region name (lower-case letters, digits, hyphens)')

function oneOf<T extends string>(v: unknown, at: string, allowed: readonly T[]): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v))
    throw new Invalid(at, `must be one of ${allowed.join(', ')}; got ${shown(v)}`)
  return v as T
}

function count(v: unknown, at: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_COUNT)
    throw new Invalid(at, `must be a whole number of at least 0; got ${shown(v)}`)
  return v
}

function amount(v: unknown, at: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > MAX_AMOUNT)
    throw new Invalid(at, `must be a number of at least 0; got ${shown(v)}`)
  return v
}

function list<T>(v: unknown, at: string, item: (v: unknown, at: string) => T, max = MAX_ITEMS): T[] {
  if (!Array.isArray(v)) throw new Invalid(at, 'must be an array')
  if (v.length > max) throw new Invalid(at, `has more than ${max} entries`)
  return v.map((x, i) => item(x, `${at}[${i}]`))
}

/** A map from names to values, as a fresh object; names that objects inherit (like __proto__) are refused. */
function record<T>(
  v: unknown,
  at: string,
  name: (k: string, at: string) => void,
  value: (v: unknown, at: string) => T
): Record<string, T> {
  const o = object(v, at)
  const out: Record<string, T> = {}
  const keys = Object.keys(o)
  if (keys.length > MAX_ITEMS) throw new Invalid(at, `has more than ${MAX_ITEMS} entries`)
  for (const k of keys) {
    if (k in Object.prototype) throw new Invalid(key(at, k), 'is not a name this field can hold')
    name(k, key(at, k))
    out[k] = value(o[k], key(at, k))
  }
  return out
}

function totals(v: unknown, at: string): Totals {
  const o = object(v, at)
  return {
    count: count(o.count, `${at}.count`),
    sizeGib: amount(o.sizeGib, `${at}.sizeGib`),
    costUsd: amount(o.costUsd, `${at}.costUsd`)
  }
}

function member(accounts: ReadonlySet<string>, id: string, at: string): string {
  if (!accounts.has(id)) throw new Invalid(at, `names account ${id}, which is not in the file's accounts`)
  return id
}

function aggregate(v: unknown, at: string, accounts: ReadonlySet<string>): InventoryAggregate {
  const o = object(v, at)
  const anyName = (k: string, where: string): void => void text(k, where, 128)
  const ages = AGE_RANGES.map((r) => r.label)
  const byAge = record(o.byAge, `${at}.byAge`, (k, where) => void oneOf(k, where, ages), totals)
  for (const label of ages) byAge[label] ??= { count: 0, sizeGib: 0, costUsd: 0 }
  const agg: InventoryAggregate = {
    total: totals(o.total, `${at}.total`),
    byService: record(o.byService, `${at}.byService`, (k, where) => void oneOf(k, where, SERVICES), totals),
    byRegion: record(o.byRegion, `${at}.byRegion`, (k, where) => void regionName(k, where), totals),
    byAccount: record(
      o.byAccount,
      `${at}.byAccount`,
      (k, where) => void member(accounts, accountId(k, where), where),
      totals
    ),
    byAge,
    byEncryption: record(
      o.byEncryption,
      `${at}.byEncryption`,
      (k, where) => void oneOf(k, where, ['encrypted', 'unencrypted']),
      totals
    ),
    byTier: record(o.byTier, `${at}.byTier`, anyName, totals),
    byType: record(o.byType, `${at}.byType`, (k, where) => void oneOf(k, where, SNAPSHOT_TYPES), totals),
    managed: totals(o.managed, `${at}.managed`),
    noSource: totals(o.noSource, `${at}.noSource`),
    topSources: list(o.topSources, `${at}.topSources`, (s, where) => source(s, where, accounts), 10_000),
    sourcesApproximate: flag(o.sourcesApproximate, `${at}.sourcesApproximate`)
  }
  const perAccount = Object.values(agg.byAccount).reduce((n, t) => n + t.count, 0)
  if (perAccount !== agg.total.count)
    throw new Invalid(
      `${at}.byAccount`,
      `counts ${perAccount} snapshots in all, but ${at}.total.count says ${agg.total.count}`
    )
  return agg
}

function rangeTotals(v: unknown, at: string): RangeTotals {
  const o = object(v, at)
  const lowUsd = amount(o.lowUsd, `${at}.lowUsd`)
  const highUsd = amount(o.highUsd, `${at}.highUsd`)
  if (lowUsd > highUsd) throw new Invalid(`${at}.lowUsd`, `is ${lowUsd}, more than highUsd (${highUsd})`)
  return {
    lowUsd,
    highUsd,
    lineages: count(o.lineages, `${at}.lineages`),
    snapshots: count(o.snapshots, `${at}.snapshots`),
    methods: record(o.methods, `${at}.methods`, (k, where) => void oneOf(k, where, COST_METHODS), count)
  }
}

function lineage(v: unknown, at: string, accounts: ReadonlySet<string>): LineageCost {
  const o = object(v, at)
  return {
    accountId: member(accounts, accountId(o.accountId, `${at}.accountId`), `${at}.accountId`),
    region: regionName(o.region, `${at}.region`),
    service: oneOf(o.service, `${at}.service`, SERVICES),
    sourceId: o.sourceId === null ? null : text(o.sourceId, `${at}.sourceId`, 512),
    snapshots: count(o.snapshots, `${at}.snapshots`),
    lowGib: amount(o.lowGib, `${at}.lowGib`),
    highGib: amount(o.highGib, `${at}.highGib`),
    archiveGib: amount(o.archiveGib, `${at}.archiveGib`),
    archived: count(o.archived, `${at}.archived`),
    method: oneOf(o.method, `${at}.method`, COST_METHODS),
    lowUsd: amount(o.lowUsd, `${at}.lowUsd`),
    highUsd: amount(o.highUsd, `${at}.highUsd`)
  }
}

/** An inventory's estimate ranges (its costs.ranges); null when the result has no costs. */
function costRanges(v: unknown, at: string, accounts: ReadonlySet<string>): CostRanges | null {
  if (v === undefined) return null
  const ranges = object(object(v, at).ranges, `${at}.ranges`)
  const where = `${at}.ranges`
  return {
    total: rangeTotals(ranges.total, `${where}.total`),
    byServiceRegion: record(
      ranges.byServiceRegion,
      `${where}.byServiceRegion`,
      (k, w) => {
        const slash = k.indexOf('/')
        oneOf(k.slice(0, slash), w, SERVICES)
        regionName(k.slice(slash + 1), w)
      },
      rangeTotals
    ),
    topSources: list(ranges.topSources, `${where}.topSources`, (s, w) => lineage(s, w, accounts), 10_000)
  }
}

function flag(v: unknown, at: string): boolean {
  if (typeof v !== 'boolean') throw new Invalid(at, `must be true or false; got ${shown(v)}`)
  return v
}

function source(v: unknown, at: string, accounts: ReadonlySet<string>): SourceTotals {
  const o = object(v, at)
  return {
    accountId: member(accounts, accountId(o.accountId, `${at}.accountId`), `${at}.accountId`),
    region: regionName(o.region, `${at}.region`),
    service: oneOf(o.service, `${at}.service`, SERVICES),
    sourceId: text(o.sourceId, `${at}.sourceId`, 512),
    ...totals(o, at)
  }
}

function failure(v: unknown, at: string, accounts: ReadonlySet<string>): ListingFailure {
  const o = object(v, at)
  const id = text(o.accountId, `${at}.accountId`, 12)
  return {
    accountId: id === '' ? id : member(accounts, accountId(id, `${at}.accountId`), `${at}.accountId`),
    region: o.region === '' ? '' : regionName(o.region, `${at}.region`),
    service: oneOf(o.service, `${at}.service`, FAILURE_SERVICES),
    message: text(o.message, `${at}.message`, 4096)
  }
}

function severityOf(rule: RuleId, v: unknown, at: string): Severity {
  const severity = oneOf(v, at, SEVERITIES)
  if (severity !== RULE_SEVERITY[rule])
    throw new Invalid(at, `is ${severity}, but rule ${rule} is ${RULE_SEVERITY[rule]} in this version`)
  return severity
}

/** One rule's count of findings: its rule, the severity that rule has, and whole numbers of findings and silenced. */
function ruleCount(o: Record<string, unknown>, where: string): RuleCount {
  const rule = oneOf(o.rule, `${where}.rule`, RULE_IDS)
  return {
    rule,
    severity: severityOf(rule, o.severity, `${where}.severity`),
    findings: count(o.findings, `${where}.findings`),
    silenced: count(o.silenced, `${where}.silenced`)
  }
}

function ruleCounts(v: unknown, at: string): RuleCount[] {
  const rules = list(v, at, (r, where) => ruleCount(object(r, where), where), RULE_IDS.length)
  const seen = new Set<RuleId>()
  rules.forEach((r, i) => {
    if (seen.has(r.rule)) throw new Invalid(`${at}[${i}].rule`, `names ${r.rule} a second time`)
    seen.add(r.rule)
  })
  return rules
}

function accountRuleCounts(
  v: unknown,
  at: string,
  accounts: ReadonlySet<string>,
  rules: readonly RuleCount[]
): AccountRuleCount[] {
  const counts = list(v, at, (c, where) => {
    const o = object(c, where)
    const counted = ruleCount(o, where)
    return {
      accountId: member(accounts, accountId(o.accountId, `${where}.accountId`), `${where}.accountId`),
      ...counted
    }
  })
  const seen = new Set<string>()
  counts.forEach((c, i) => {
    const k = `${c.accountId}/${c.rule}`
    if (seen.has(k)) throw new Invalid(`${at}[${i}]`, `counts account ${c.accountId} and rule ${c.rule} a second time`)
    seen.add(k)
  })
  for (const rule of RULE_IDS) {
    const total = rules.find((r) => r.rule === rule) ?? { findings: 0, silenced: 0 }
    const mine = counts.filter((c) => c.rule === rule)
    const findings = mine.reduce((n, c) => n + c.findings, 0)
    const silenced = mine.reduce((n, c) => n + c.silenced, 0)
    if (findings !== total.findings || silenced !== total.silenced)
      throw new Invalid(
        at,
        `counts ${findings} finding(s) and ${silenced} silenced for ${rule}, but rules says ${total.findings} and ${total.silenced}`
      )
  }
  return counts
}

function accountsOf(v: unknown, at: string): string[] {
  const ids = list(v, at, accountId, 100_000)
  if (ids.length === 0) throw new Invalid(at, 'must name at least one account')
  const seen = new Set<string>()
  ids.forEach((id, i) => {
    if (seen.has(id)) throw new Invalid(`${at}[${i}]`, `names account ${id} a second time`)
    seen.add(id)
  })
  return ids
}

function csvName(v: unknown, at: string): string {
  const raw = text(v, at, 4096)
  const base = raw.split(/[\\/]/).pop() ?? ''
  if (!/^[^\\/]+\.csv$/i.test(base) || base.startsWith('.'))
    throw new Invalid(at, `must end in the name of a .csv file; got ${shown(raw)}`)
  return base
}

function timestamp(v: unknown, at: string): string {
  const s = text(v, at, 64)
  if (parseUtcTimestamp(s) === null)
    throw new Invalid(at, `must be a UTC time like 2026-03-16T06:00:00.000Z; got ${shown(s)}`)
  return s
}

function historyEntry(v: unknown, at: string): HistoryEntry {
  const o = object(v, at)
  return {
    at: timestamp(o.at, `${at}.at`),
    ...totals(o, at),
    byService: record(o.byService, `${at}.byService`, (k, where) => void oneOf(k, where, SERVICES), totals)
  }
}

function history(v: unknown, at: string): HistoryEntry[] | null {
  if (v === undefined) return null
  return list(v, at, historyEntry, MAX_HISTORY)
}

/** The name of a file the result names beside it, with the given ending. */
function besideName(v: unknown, at: string, ending: string): string {
  const raw = text(v, at, 4096)
  const base = raw.split(/[\\/]/).pop() ?? ''
  if (!base.toLowerCase().endsWith(ending) || base.length === ending.length || base.startsWith('.'))
    throw new Invalid(at, `must end in the name of a ${ending} file; got ${shown(raw)}`)
  return base
}

function isMajorVersion(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && Math.floor(v) === RESULT_SCHEMA_VERSION
}

function slice(file: string, o: Record<string, unknown>, kind: ResultKind): ResultSlice {
  const accounts = accountsOf(o.accounts, 'accounts')
  const set = new Set(accounts)
  const base = {
    file,
    accounts,
    regions: list(o.regions, 'regions', regionName, 10_000),
    failures: list(o.failures, 'failures', (f, at) => failure(f, at, set)),
    generatedAt: o.generatedAt === undefined ? '' : timestamp(o.generatedAt, 'generatedAt'),
    history: history(o.history, 'history')
  }
  if (kind === 'inventory') {
    const agg = aggregate(o.aggregate, 'aggregate', set)
    const rowCount = count(o.rowCount, 'rowCount')
    if (rowCount !== agg.total.count)
      throw new Invalid('rowCount', `is ${rowCount}, but aggregate.total.count is ${agg.total.count}`)
    return {
      kind,
      ...base,
      aggregate: agg,
      csvName: csvName(o.csvPath, 'csvPath'),
      rowCount,
      costs: costRanges(o.costs, 'costs', set)
    }
  }
  const rules = ruleCounts(o.rules, 'rules')
  if (o.findingCounts === undefined)
    throw new Invalid(
      'findingCounts',
      'is missing: the check that wrote it predates per-account counts; run every job with the same version of the action'
    )
  return {
    kind,
    ...base,
    rules,
    findingCounts: accountRuleCounts(o.findingCounts, 'findingCounts', set, rules),
    findingsName:
      o.findingsJsonPath === undefined ? null : besideName(o.findingsJsonPath, 'findingsJsonPath', '.findings.json')
  }
}

/** Checks one result file's text (its path below merge-path is `file`); throws a ResultFileError naming the field. */
export function parseResultFile(file: string, content: string): ResultOutcome {
  let json: unknown
  try {
    json = JSON.parse(content)
  } catch (err) {
    throw new ResultFileError(file, '(the whole file)', `is not valid JSON (${(err as Error).message})`)
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new ResultFileError(file, '(the whole file)', 'must be a JSON object')
  const o = json as Record<string, unknown>
  if (o.tool !== RESULT_TOOL)
    throw new ResultFileError(
      file,
      'tool',
      `must be "${RESULT_TOOL}"; got ${shown(o.tool)}: it is not a result of this action`
    )
  if (!isMajorVersion(o.schema_version))
    throw new ResultFileError(
      file,
      'schema_version',
      `says it was written by an incompatible version of snapshot-hygiene (schema_version ${shown(o.schema_version)}; this version reads ${RESULT_SCHEMA_VERSION}): run every job with the same version of the action`
    )
  if (o.mode !== 'inventory' && o.mode !== 'check') {
    if (typeof o.mode === 'string' && o.mode.length <= 40) return { status: 'other-mode', file, mode: o.mode }
    throw new ResultFileError(file, 'mode', `must be a mode name; got ${shown(o.mode)}`)
  }
  const kind: ResultKind = o.mode
  try {
    return { status: 'slice', slice: slice(file, o, kind) }
  } catch (err) {
    if (err instanceof Invalid) throw new ResultFileError(file, err.field, err.problem, kind)
    throw err
  }
}
