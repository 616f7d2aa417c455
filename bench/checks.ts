/** Correctness checks of the benchmark: CSV rows, summary totals, call counts. A failed check fails the run. */
import * as fs from 'node:fs'
import type { MinimumCalls, OrganizationMinimum } from './sim/minimum.js'
import type { SimAccount } from './sim/data.js'
import type { SimOrganization } from './sim/organization.js'
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
  return countCsvBy(file, [column])
}

/**
 * Counts a CSV's records in one streaming pass, tallying the values of several columns joined by a space (short,
 * unquoted values), e.g. columns [0, 2] give `<account_id> <service>`.
 */
export async function countCsvBy(file: string, columns: readonly number[]): Promise<CsvCount> {
  let records = 0
  let field = 0
  let quoted = false
  const values: number[][] = columns.map(() => [])
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
          const key = values.map((v) => String.fromCharCode(...v)).join(' ')
          byColumn[key] = (byColumn[key] ?? 0) + 1
        }
        records++
        field = 0
        for (const v of values) v.length = 0
      } else if (b !== undefined) {
        const slot = columns.indexOf(field)
        const value = slot < 0 ? undefined : values[slot]
        if (value !== undefined && value.length < 64) value.push(b)
      }
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
  return Object.fromEntries(Object.entries(out).filter(([, n]) => n > 0))
}

/** How many records of each service every account of the organisation holds, keyed `<account> <service>`. */
export function expectedByAccountService(
  organization: SimOrganization,
  accountIds: readonly string[]
): Record<string, number> {
  const out: Record<string, number> = {}
  for (const id of accountIds)
    for (const [service, n] of Object.entries(expectedByService(organization.account(id)))) out[`${id} ${service}`] = n
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
    return this.expect(
      JSON.stringify(actual) === JSON.stringify(expected),
      `${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`
    )
  }

  /**
   * The simulator saw exactly the minimum list calls, action by action. With `exceptThrottled`, calls a token bucket
   * refused (and the SDK then repeated) are left out: every page must still have been asked for exactly once.
   */
  minimumCalls(
    stats: SimStats,
    minimum: MinimumCalls,
    what: string,
    opts: { exceptThrottled?: boolean } = {}
  ): boolean {
    const sort = (m: Record<string, number>): Record<string, number> =>
      Object.fromEntries(Object.entries(m).sort(([a], [b]) => a.localeCompare(b)))
    const made = foldListings(stats.byAction)
    if (opts.exceptThrottled === true)
      for (const [k, v] of Object.entries(stats.throttledByAction)) made[k] = (made[k] ?? 0) - v
    return this.equal(
      sort(made),
      sort(foldListings(minimum.byAction)),
      `${what}: calls by action${opts.exceptThrottled === true ? ' (throttled calls left out)' : ''}`
    )
  }

  /**
   * With an organisation: the calls equal the minimum action by action, and for every account (the one whose
   * credentials signed them) action by action.
   */
  organizationCalls(stats: SimStats, minimum: OrganizationMinimum, what: string): boolean {
    const sort = (m: Record<string, number>): Record<string, number> =>
      Object.fromEntries(Object.entries(m).sort(([a], [b]) => a.localeCompare(b)))
    const total = this.equal(
      sort(foldListings(stats.byAction)),
      sort(foldListings(minimum.byAction)),
      `${what}: calls by action`
    )
    const made = Object.fromEntries(
      Object.entries(stats.byAccountAction)
        .map(([id, m]): [string, Record<string, number>] => [id, sort(foldListings(m))])
        .sort(([a], [b]) => a.localeCompare(b))
    )
    const wanted = Object.fromEntries(
      minimum.accounts
        .map((a): [string, Record<string, number>] => [a.accountId, sort(foldListings(a.byAction))])
        .sort(([a], [b]) => a.localeCompare(b))
    )
    const accounts = this.equal(Object.keys(made), Object.keys(wanted), `${what}: accounts that made calls`)
    const bad = Object.keys(wanted).filter((id) => JSON.stringify(made[id]) !== JSON.stringify(wanted[id]))
    const each = this.expect(
      bad.length === 0,
      `${what}: calls by account and action differ in ${bad.length} account(s), e.g. ${bad[0] ?? ''}: got ${JSON.stringify(made[bad[0] ?? ''])}, expected ${JSON.stringify(wanted[bad[0] ?? ''])}`
    )
    return total && accounts && each
  }

  /** With an organisation: the CSV holds exactly every account's snapshots, account by account and service by service. */
  async organizationCsv(
    file: string,
    organization: SimOrganization,
    accountIds: readonly string[],
    outputs: Record<string, string>,
    what: string
  ): Promise<CsvCount> {
    if (!this.expect(fs.existsSync(file), `${what}: CSV ${file} missing`)) return { rows: 0, byColumn: {} }
    const counted = await countCsvBy(file, [0, 2])
    const expected = expectedByAccountService(organization, accountIds)
    const total = Object.values(expected).reduce((a, b) => a + b, 0)
    const sorted = (m: Record<string, number>): Record<string, number> =>
      Object.fromEntries(Object.entries(m).sort(([a], [b]) => a.localeCompare(b)))
    this.equal(counted.rows, total, `${what}: CSV rows`)
    const got = sorted(counted.byColumn)
    const want = sorted(expected)
    const bad = [...new Set([...Object.keys(got), ...Object.keys(want)])].filter((k) => got[k] !== want[k])
    this.expect(
      bad.length === 0,
      `${what}: CSV rows by account and service differ for ${bad.length} key(s), e.g. ${bad[0] ?? ''}: got ${String(got[bad[0] ?? ''])}, expected ${String(want[bad[0] ?? ''])}`
    )
    this.equal(outputs['snapshot-count'], String(total), `${what}: output snapshot-count`)
    this.equal(outputs['failed-count'], '0', `${what}: output failed-count`)
    this.equal(JSON.parse(outputs['accounts-json'] ?? '[]'), [...accountIds], `${what}: output accounts-json`)
    return counted
  }

  /** With an organisation: the result JSON lists every account, no failure, and counts the same snapshots in total, by service and by account. */
  organizationSummary(
    file: string | undefined,
    organization: SimOrganization,
    accountIds: readonly string[],
    what: string
  ): void {
    if (
      !this.expect(
        file !== undefined && fs.existsSync(file),
        `${what}: summary JSON ${file ?? '(no summary-json-path output)'} missing`
      )
    )
      return
    type Json = {
      accounts?: string[]
      failures?: unknown[]
      aggregate?: {
        total?: { count?: number }
        byService?: Record<string, { count: number }>
        byAccount?: Record<string, { count: number }>
      }
    }
    const json = JSON.parse(fs.readFileSync(file as string, 'utf8')) as Json
    const counts = (m: Record<string, { count: number }> | undefined): Record<string, number> =>
      Object.fromEntries(
        Object.entries(m ?? {})
          .map(([k, v]): [string, number] => [k, v.count])
          .sort(([a], [b]) => a.localeCompare(b))
      )
    const byService: Record<string, number> = {}
    const byAccount: Record<string, number> = {}
    for (const id of accountIds) {
      for (const [service, n] of Object.entries(expectedByService(organization.account(id)))) {
        byService[service] = (byService[service] ?? 0) + n
        byAccount[id] = (byAccount[id] ?? 0) + n
      }
    }
    const sorted = (m: Record<string, number>): Record<string, number> =>
      Object.fromEntries(Object.entries(m).sort(([a], [b]) => a.localeCompare(b)))
    this.equal(json.accounts, [...accountIds], `${what}: summary accounts`)
    this.equal(json.failures, [], `${what}: summary failures`)
    this.equal(
      json.aggregate?.total?.count,
      Object.values(byService).reduce((a, b) => a + b, 0),
      `${what}: summary total`
    )
    this.equal(counts(json.aggregate?.byService), sorted(byService), `${what}: summary by service`)
    this.equal(counts(json.aggregate?.byAccount), sorted(byAccount), `${what}: summary by account`)
  }

  /** The CSV holds exactly the account's snapshots, service by service, and the step's count output agrees. */
  async inventoryCsv(
    file: string,
    account: SimAccount,
    outputs: Record<string, string> | null,
    what: string
  ): Promise<CsvCount> {
    if (!this.expect(fs.existsSync(file), `${what}: CSV ${file} missing`)) return { rows: 0, byColumn: {} }
    const counted = await countCsv(file, 2)
    const expected = expectedByService(account)
    const total = Object.values(expected).reduce((a, b) => a + b, 0)
    const sorted = (m: Record<string, number>): Record<string, number> =>
      Object.fromEntries(Object.entries(m).sort(([a], [b]) => a.localeCompare(b)))
    this.equal(counted.rows, total, `${what}: CSV rows`)
    this.equal(sorted(counted.byColumn), sorted(expected), `${what}: CSV rows by service`)
    if (outputs !== null) this.equal(outputs['snapshot-count'], String(total), `${what}: output snapshot-count`)
    return counted
  }

  /** The result JSON's aggregate counts the same snapshots, in total and by service. */
  summaryJson(file: string | undefined, account: SimAccount, what: string): void {
    if (
      !this.expect(
        file !== undefined && fs.existsSync(file),
        `${what}: summary JSON ${file ?? '(no summary-json-path output)'} missing`
      )
    )
      return
    const json = JSON.parse(fs.readFileSync(file as string, 'utf8')) as {
      aggregate?: { total?: { count?: number }; byService?: Record<string, { count: number }> }
    }
    const expected = expectedByService(account)
    const byService = Object.fromEntries(
      Object.entries(json.aggregate?.byService ?? {})
        .map(([k, v]): [string, number] => [k, v.count])
        .sort(([a], [b]) => a.localeCompare(b))
    )
    this.equal(
      json.aggregate?.total?.count,
      Object.values(expected).reduce((a, b) => a + b, 0),
      `${what}: summary total`
    )
    this.equal(
      byService,
      Object.fromEntries(Object.entries(expected).sort(([a], [b]) => a.localeCompare(b))),
      `${what}: summary by service`
    )
  }
}
