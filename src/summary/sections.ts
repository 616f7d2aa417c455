/**
 * The summary sections more than one mode's summary shows: the inventory's headline, breakdowns, accounts, price
 * table and unlisted regions (inventory, check, merge, prune) and the backup's created snapshots and failures
 * (backup, backup-and-prune).
 */
import { AGE_RANGES, type InventoryAggregate } from '../aggregate.js'
import { failureLine } from '../accounts.js'
import { markdownCode } from '../escape.js'
import { gib, int, md, table, totalsRows, usd } from '../markdown.js'
import type { BackupFailure, BackupResult, CreatedSnapshot } from '../modes/backup.js'
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

/** The headline line: how many snapshots, how large, what they cost (a low–high range when one is given). */
export function headline(
  a: InventoryAggregate,
  accounts: number,
  regions: number,
  range?: { lowUsd: number; highUsd: number }
): string {
  const where =
    accounts > 1 ? `${plural(accounts, 'account')}, ${plural(regions, 'region')}` : plural(regions, 'region')
  const low = range === undefined ? '' : usd(range.lowUsd)
  const high = usd(range === undefined ? a.total.costUsd : range.highUsd)
  const cost = low === '' || low === high ? high : `${low}–${high}`
  return `**${plural(a.total.count, 'snapshot')}**, ${gib(a.total.sizeGib)} GiB, about **${cost} a month** (estimate) across ${where}.`
}

/** The sections that break the aggregate down: service, region, age, encryption, tier, type, sources. */
export function breakdownSections(a: InventoryAggregate, opts: { maxRegions?: number } = {}): string[] {
  const regionRows = totalsRows(a.byRegion)
  const maxRegions = opts.maxRegions ?? 40
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
  const sources = sourcesSection(a)
  if (sources !== '') sections.push(sources)
  return sections
}

/** The largest sources (volumes, DB instances, file systems) by size; '' when none was seen. */
function sourcesSection(a: Pick<InventoryAggregate, 'topSources' | 'sourcesApproximate'>): string {
  if (a.topSources.length === 0) return ''
  const rows = a.topSources.map((s) => [
    md(s.sourceId),
    md(s.service),
    md(s.region),
    md(s.accountId),
    int(s.count),
    gib(s.sizeGib),
    usd(s.costUsd)
  ])
  const approx = a.sourcesApproximate
    ? '\n\nMore sources were seen than are tracked exactly; the smallest were dropped while counting.'
    : ''
  return `### Largest sources\n\n${table(['source', 'service', 'region', 'account', 'snapshots', 'GiB', 'est. $/month'], rows, ['l', 'l', 'l', 'l', 'r', 'r', 'r'])}${approx}`
}

/** The price table the estimates used, stated as an estimate. */
export function priceSection(): string {
  const rows = PRICE_TABLE.map((p) => [p.service, p.tier, `$${p.usdPerGibMonth}`, md(p.note)])
  return (
    '<details><summary>How the cost is estimated</summary>\n\n' +
    'Costs are estimates: size times the us-east-1 list price per GB-month below; other regions differ by a few percent. ' +
    'An EBS snapshot alone is priced on its full size (FullSnapshotSizeInBytes), or its source volume size where AWS ' +
    'returns none: an upper bound, since AWS bills a lineage of incremental snapshots for the first full copy and the ' +
    'changed blocks. The inventory shows the range a lineage is billed in.\n\n' +
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

/** At most this many rows in the created and failed lists. */
export const BACKUP_ROWS_MAX = 200

function createdRow(c: CreatedSnapshot, multiAccount: boolean): string[] {
  const id =
    c.kind === undefined ? c.volumeId : `${c.kind === 'db-instance' ? 'DB instance' : 'DB cluster'} ${c.volumeId}`
  const volume = c.volumeName ? `${id} (${c.volumeName})` : id
  return [
    md(volume),
    md(c.region),
    ...(multiAccount ? [md(c.accountId)] : []),
    md(c.snapshotId),
    md(c.state),
    gib(c.sizeGib),
    md(c.expiresAt),
    c.metadataKey === null ? 'not written' : markdownCode(c.metadataKey)
  ]
}

/** The headline: how many snapshots were created, and how many volumes failed. */
export function backupHeadline(r: Pick<BackupResult, 'created' | 'failures'>): string {
  const failed = r.failures.length > 0 ? ` **${int(r.failures.length)} failed.**` : ''
  return `Created **${int(r.created.length)} snapshot${r.created.length === 1 ? '' : 's'}**.${failed}`
}

/** The EBS snapshot locks backup set (lock-days), and the notices of the backup; '' when neither. */
export function lockSection(r: Pick<BackupResult, 'created' | 'notices' | 'copies'>): string {
  const locked = r.created.filter((c) => c.lock !== undefined)
  const lines: string[] = []
  if (locked.length > 0) {
    const ends = locked
      .map((c) => c.lock?.expiresAt ?? '')
      .filter((e) => e !== '')
      .sort()
    const first = locked[0]?.lock
    const until =
      ends.length === 0
        ? ''
        : `, until ${md(ends[0] ?? '')}${ends.length > 1 && ends.at(-1) !== ends[0] ? ` to ${md(ends.at(-1) ?? '')}` : ''}`
    lines.push(
      `Locked **${int(locked.length)} snapshot${locked.length === 1 ? '' : 's'}** in ${md(first?.mode ?? '')} mode for ${int(first?.days ?? 0)} days${until}: no one can delete ${locked.length === 1 ? 'it' : 'them'} before then, prune included (it skips a locked snapshot until its lock ends).`
    )
  }
  const lockedCopies = (r.copies ?? []).filter((c) => c.lock !== undefined)
  if (lockedCopies.length > 0) {
    const lock = lockedCopies[0]?.lock
    lines.push(
      `Locked **${int(lockedCopies.length)} cop${lockedCopies.length === 1 ? 'y' : 'ies'}** in the copy regions, in ${md(lock?.mode ?? '')} mode for ${int(lock?.days ?? 0)} days.`
    )
  }
  for (const n of r.notices ?? []) lines.push(md(n))
  return lines.join('\n\n')
}

/** The table of created snapshots, bounded. */
export function createdSection(created: readonly CreatedSnapshot[], heading = '### Created'): string {
  if (created.length === 0) return ''
  const multi = new Set(created.map((c) => c.accountId)).size > 1
  const header = [
    created.some((c) => c.kind !== undefined) ? 'source' : 'volume',
    'region',
    ...(multi ? ['account'] : []),
    'snapshot',
    'state',
    'GiB',
    'expires at',
    'metadata'
  ]
  const align = header.map((h) => (h === 'GiB' ? 'r' : 'l')) as ('l' | 'r')[]
  const rows = created.slice(0, BACKUP_ROWS_MAX).map((c) => createdRow(c, multi))
  const more =
    created.length > BACKUP_ROWS_MAX ? `\n\n${int(created.length - BACKUP_ROWS_MAX)} more are in the result JSON.` : ''
  return `${heading}\n\n${table(header, rows, align)}${more}`
}

/** The sources whose backup failed, each with its message, and a word when RDS's manual-snapshot quota was full. */
export function backupFailureSection(failures: readonly BackupFailure[]): string {
  if (failures.length === 0) return ''
  const lines = failures.slice(0, BACKUP_ROWS_MAX).map((f) => `- ${md(f.message)}`)
  const more = failures.length > BACKUP_ROWS_MAX ? `\n- ... and ${int(failures.length - BACKUP_ROWS_MAX)} more` : ''
  const full = [
    ...new Set(failures.filter((f) => f.quotaFull === true).map((f) => `${f.region} (account ${f.accountId})`))
  ]
  const quota =
    full.length === 0
      ? ''
      : `\n\n**RDS refused backups because the manual snapshot quota is full** in ${full.map(md).join(', ')}: RDS allows 100 manual snapshots per region by default. Prune old manual snapshots, or ask AWS for a higher quota.`
  return `### Backup failures\n\n${lines.join('\n')}${more}${quota}`
}
