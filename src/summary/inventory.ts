import { AGE_RANGES, type InventoryAggregate } from '../aggregate.js'
import { failureLine } from '../accounts.js'
import { gib, int, md, table, totalsRows, usd } from '../markdown.js'
import { PRICE_TABLE } from '../pricing.js'
import type { ListingFailure } from '../types.js'
import { plural } from '../plural.js'

const TOTALS_HEADER = ['', 'snapshots', 'GiB', 'est. $/month']

/** How many accounts the summary's tables show; the CSV and result JSON hold all. */
export const MAX_ACCOUNT_ROWS = 200

/** Totals per account, largest first, capped so that 1,000 accounts stay far under the summary limit. */
export function accountSection(a: InventoryAggregate): string {
  const rows = totalsRows(a.byAccount)
  const more =
    rows.length > MAX_ACCOUNT_ROWS
      ? `\n\n${plural(rows.length - MAX_ACCOUNT_ROWS, 'smaller account')} ${rows.length - MAX_ACCOUNT_ROWS === 1 ? 'is' : 'are'} in the CSV and the result JSON.`
      : ''
  return `### Accounts, largest first\n\n${table(['account', 'snapshots', 'GiB', 'est. $/month'], rows.slice(0, MAX_ACCOUNT_ROWS))}${more}`
}

/** The headline line: how many snapshots, how large, what they cost. */
export function headline(a: InventoryAggregate, accounts: number, regions: number): string {
  const where =
    accounts > 1 ? `${plural(accounts, 'account')}, ${plural(regions, 'region')}` : plural(regions, 'region')
  return `**${plural(a.total.count, 'snapshot')}**, ${gib(a.total.sizeGib)} GiB, about **${usd(a.total.costUsd)} a month** (estimate) across ${where}.`
}

/** The sections that break the aggregate down: service, region, age, encryption, tier, type, sources. */
export function breakdownSections(a: InventoryAggregate, opts: { maxRegions?: number } = {}): string[] {
  const regionRows = totalsRows(a.byRegion)
  const maxRegions = opts.maxRegions ?? 40
  const sources = a.topSources.map((s) => [
    md(s.sourceId),
    md(s.service),
    md(s.region),
    md(s.accountId),
    int(s.count),
    gib(s.sizeGib),
    usd(s.costUsd)
  ])
  const sections = [
    `### By service\n\n${table(['service', ...TOTALS_HEADER.slice(1)], totalsRows(a.byService))}`,
    `### By region\n\n${table(['region', ...TOTALS_HEADER.slice(1)], regionRows.slice(0, maxRegions))}` +
      (regionRows.length > maxRegions ? `\n\n${regionRows.length - maxRegions} more regions are in the CSV.` : ''),
    `### By age\n\n${table(
      ['age', ...TOTALS_HEADER.slice(1)],
      totalsRows(
        a.byAge,
        AGE_RANGES.map((r) => r.label)
      )
    )}`,
    `### Encryption\n\n${table(['', ...TOTALS_HEADER.slice(1)], totalsRows(a.byEncryption))}`,
    `### Storage tier\n\n${table(['service/tier', ...TOTALS_HEADER.slice(1)], totalsRows(a.byTier))}`,
    `### Made by\n\n${table(['type', ...TOTALS_HEADER.slice(1)], totalsRows(a.byType))}\n\n` +
      `Managed by snapshot-hygiene: ${int(a.managed.count)}. No known source (EBS copies): ${int(a.noSource.count)}.`
  ]
  if (sources.length > 0) {
    const approx = a.sourcesApproximate
      ? '\n\nMore sources were seen than are tracked exactly; the smallest were dropped while counting.'
      : ''
    sections.push(
      `### Largest sources\n\n${table(['source', 'service', 'region', 'account', 'snapshots', 'GiB', 'est. $/month'], sources, ['l', 'l', 'l', 'l', 'r', 'r', 'r'])}${approx}`
    )
  }
  return sections
}

/** The price table the estimates used, stated as an estimate. */
export function priceSection(): string {
  const rows = PRICE_TABLE.map((p) => [p.service, p.tier, `$${p.usdPerGibMonth}`, md(p.note)])
  return (
    '<details><summary>How the cost is estimated</summary>\n\n' +
    'Costs are estimates: size times the us-east-1 list price per GB-month below. EBS sizes are the source volume size, ' +
    'not the incremental size AWS bills, so EBS estimates are an upper bound; other regions differ by a few percent.\n\n' +
    `${table(['service', 'tier', 'USD per GB-month', 'note'], rows, ['l', 'l', 'r', 'l'])}\n\n</details>`
  )
}

/** The regions, services or accounts that could not be listed. */
export function failureSection(failures: readonly ListingFailure[], max = 100): string {
  if (failures.length === 0) return ''
  const lines = failures.slice(0, max).map((f) => `- ${md(failureLine(f))}`)
  const more = failures.length > max ? `\n- ... and ${int(failures.length - max)} more` : ''
  return `### Not listed\n\nThese could not be listed; the totals above leave them out.\n\n${lines.join('\n')}${more}`
}

/** The whole inventory summary in markdown. */
export function inventorySummary(r: {
  aggregate: InventoryAggregate
  accounts: readonly string[]
  regions: readonly string[]
  failures: readonly ListingFailure[]
  csvName: string
}): string {
  const parts = [
    '## Snapshot inventory',
    headline(r.aggregate, r.accounts.length, r.regions.length),
    r.accounts.length > 1 ? accountSection(r.aggregate) : '',
    ...breakdownSections(r.aggregate),
    failureSection(r.failures),
    priceSection(),
    `One row per snapshot is in the CSV \`${md(r.csvName)}\`.`
  ]
  return parts.filter((p) => p !== '').join('\n\n') + '\n'
}
