/** Correctness checks of the benchmark: CSV rows, summary totals, call counts. A failed check fails the run. */
import * as fs from 'node:fs'
import type { MinimumCalls } from './sim/minimum.js'
import type { SimAccount } from './sim/data.js'
import type { SimStats } from './sim/stats.js'

/** Records of a CSV file (quote-aware, header excluded) and how many rows each value of one column has. */
export interface CsvCount {
  rows: number
  byColumn: Record<string, number>
}

const QUOTE = 0x22
const COMMA = 0x2c
const NL = 0x0a

/** Counts a CSV's records in one streaming pass, tallying the values of column `column` (short, unquoted values). */
export async function countCsv(file: string, column: number): Promise<CsvCount> {
  let records = 0
  let field = 0
  let quoted = false
  let value: number[] = []
  const byColumn: Record<string, number> = {}
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]
      if (quoted) {
        if (b === QUOTE) quoted = false // a doubled quote re-opens at once on the next byte
        continue
      }
      if (b === QUOTE) quoted = true
      else if (b === COMMA) field++
      else if (b === NL) {
        if (records > 0) {
          const key = String.fromCharCode(...value)
          byColumn[key] = (byColumn[key] ?? 0) + 1
        }
        records++
        field = 0
        value = []
      } else if (field === column && value.length < 64 && b !== undefined) value.push(b)
    }
  }
  return { rows: Math.max(0, records - 1), byColumn }
}

/** How many records of each service the generated account holds now, as the CSV's service column names them. */
export function expectedByService(account: SimAccount): Record<string, number> {
  const out: Record<string, number> = { ebs: 0, rds: 0, 'rds-cluster': 0, efs: 0 }
  for (const region of account.regions) {
    const c = account.counts(region)
    out.ebs = (out.ebs ?? 0) + c.ebs
    out.rds = (out.rds ?? 0) + c.db
    out['rds-cluster'] = (out['rds-cluster'] ?? 0) + c.cluster
    out.efs = (out.efs ?? 0) + c.efs
  }
  for (const k of Object.keys(out)) if (out[k] === 0) delete out[k]
  return out
}

/** Calls per `service:Action`, with the minimum's `/awsbackup` listings folded into their action. */
export function foldListings(byAction: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [k, v] of Object.entries(byAction)) {
    const key = k.replace(/\/.*$/, '')
    out[key] = (out[key] ?? 0) + v
  }
  return out
}

/** Collects failed checks; the run exits non-zero when any failed. */
export class Checks {
  readonly failures: string[] = []

  /** Records a failure unless `ok`. */
  expect(ok: boolean, what: string): boolean {
    if (!ok) this.failures.push(what)
    return ok
  }

  /** Two values must be equal. */
  equal(actual: unknown, expected: unknown, what: string): boolean {
    return this.expect(JSON.stringify(actual) === JSON.stringify(expected), `${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`)
  }

  /**
   * The simulator saw exactly the minimum list calls, action by action. With `exceptThrottled`, calls a token bucket
   * refused (and the SDK then repeated) are left out: every page must still have been asked for exactly once.
   */
  minimumCalls(stats: SimStats, minimum: MinimumCalls, what: string, opts: { exceptThrottled?: boolean } = {}): boolean {
    const sort = (m: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(m).sort(([a], [b]) => a.localeCompare(b)))
    const made = foldListings(stats.byAction)
    if (opts.exceptThrottled === true) for (const [k, v] of Object.entries(stats.throttledByAction)) made[k] = (made[k] ?? 0) - v
    return this.equal(sort(made), sort(foldListings(minimum.byAction)), `${what}: calls by action${opts.exceptThrottled === true ? ' (throttled calls left out)' : ''}`)
  }

  /** The CSV holds exactly the account's snapshots, service by service, and the step's count output agrees. */
  async inventoryCsv(file: string, account: SimAccount, outputs: Record<string, string> | null, what: string): Promise<CsvCount> {
    if (!this.expect(fs.existsSync(file), `${what}: CSV ${file} missing`)) return { rows: 0, byColumn: {} }
    const counted = await countCsv(file, 2)
    const expected = expectedByService(account)
    const total = Object.values(expected).reduce((a, b) => a + b, 0)
    const sorted = (m: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(m).sort(([a], [b]) => a.localeCompare(b)))
    this.equal(counted.rows, total, `${what}: CSV rows`)
    this.equal(sorted(counted.byColumn), sorted(expected), `${what}: CSV rows by service`)
    if (outputs !== null) this.equal(outputs['snapshot-count'], String(total), `${what}: output snapshot-count`)
    return counted
  }

  /** The result JSON's aggregate counts the same snapshots, in total and by service. */
  summaryJson(file: string | undefined, account: SimAccount, what: string): void {
    if (!this.expect(file !== undefined && fs.existsSync(file), `${what}: summary JSON ${file ?? '(no summary-json-path output)'} missing`)) return
    const json = JSON.parse(fs.readFileSync(file as string, 'utf8')) as { aggregate?: { total?: { count?: number }; byService?: Record<string, { count: number }> } }
    const expected = expectedByService(account)
    const byService = Object.fromEntries(Object.entries(json.aggregate?.byService ?? {}).map(([k, v]) => [k, v.count]).sort(([a], [b]) => String(a).localeCompare(String(b))))
    this.equal(json.aggregate?.total?.count, Object.values(expected).reduce((a, b) => a + b, 0), `${what}: summary total`)
    this.equal(byService, Object.fromEntries(Object.entries(expected).sort(([a], [b]) => a.localeCompare(b))), `${what}: summary by service`)
  }
}
