/** The summary sections of a compared inventory: what changed since the compared run, and the trend over the runs. */
import type { CostDelta, InventoryChanges, SourceGrowth } from '../changes.js'
import type { HistoryEntry } from '../history.js'
import { gib, int, md, table, usd } from '../markdown.js'
import { plural } from '../plural.js'
import { trendCharts } from './charts.js'

/** How many rows each change table shows. */
export const MAX_DELTA_ROWS = 10

/** A dollar change with its sign: +$1.20, −$0.50, $0.00. */
export function signedUsd(n: number): string {
  const cents = Math.round(n * 100) / 100
  if (cents === 0) return usd(0)
  return `${cents > 0 ? '+' : '−'}${usd(Math.abs(cents))}`
}

/** A GiB change with its sign. */
function signedGib(n: number): string {
  const r = Math.round(n * 10) / 10
  if (r === 0) return '0'
  return `${r > 0 ? '+' : '−'}${gib(Math.abs(r))}`
}

function deltaTable(heading: string, column: string, deltas: readonly CostDelta[]): string {
  const changed = deltas.filter((d) => Math.round(d.costChangeUsd * 100) !== 0 || d.before.count !== d.after.count)
  if (changed.length === 0) return ''
  const rows = changed
    .slice(0, MAX_DELTA_ROWS)
    .map((d) => [
      md(d.key),
      int(d.before.count),
      int(d.after.count),
      usd(d.before.costUsd),
      usd(d.after.costUsd),
      signedUsd(d.costChangeUsd)
    ])
  const more =
    changed.length > MAX_DELTA_ROWS
      ? `\n\n${plural(changed.length - MAX_DELTA_ROWS, `more ${column}`, `more ${column}s`)} changed less; the result JSON has the totals of each.`
      : ''
  return `#### ${heading}\n\n${table([column, 'snapshots before', 'now', 'est. $/month before', 'now', 'change'], rows)}${more}`
}

function sourcesTable(sources: readonly SourceGrowth[]): string {
  if (sources.length === 0) return ''
  const rows = sources.map((s) => [
    md(s.sourceId),
    md(s.service),
    md(s.region),
    md(s.accountId),
    int(s.added),
    int(s.removed),
    signedGib(s.gibChange),
    signedUsd(s.costChangeUsd)
  ])
  return (
    '#### Sources that grew most\n\nThe volumes, DB instances and clusters and file systems whose snapshots gained the most GiB ' +
    '(added minus removed snapshots).\n\n' +
    table(['source', 'service', 'region', 'account', 'added', 'removed', 'GiB', 'est. $/month'], rows, [
      'l',
      'l',
      'l',
      'l',
      'r',
      'r',
      'r',
      'r'
    ])
  )
}

/** When the compared run listed its snapshots, as the summary says it. */
function when(at: string): string {
  return at === '' ? 'the compared run' : `the run of ${at.slice(0, 10)} ${at.slice(11, 16)} UTC`
}

/** The change section that opens a compared inventory's summary. */
export function changeSection(
  c: InventoryChanges,
  o: { comparedAt: string; totalCostUsd: number; changesCsvName: string; multiAccount: boolean }
): string {
  const before = o.totalCostUsd - c.costChangeUsd
  const pct =
    before > 0 ? ` (${c.costChangeUsd >= 0 ? '+' : '−'}${Math.abs((c.costChangeUsd / before) * 100).toFixed(1)}%)` : ''
  const lead =
    `Since ${when(o.comparedAt)}: **${plural(c.added.count, 'snapshot')} added**, **${int(c.removed.count)} removed**; ` +
    `the estimate is now ${usd(o.totalCostUsd)} a month, **${signedUsd(c.costChangeUsd)}**${pct}.`
  const totals = table(
    ['', 'snapshots', 'GiB', 'est. $/month'],
    [
      ['added', int(c.added.count), gib(c.added.sizeGib), signedUsd(c.added.costUsd)],
      ['removed', int(c.removed.count), gib(c.removed.sizeGib), signedUsd(-c.removed.costUsd)]
    ]
  )
  const parts = [
    '### Since the last run',
    lead,
    totals,
    deltaTable('Cost change by service', 'service', c.byService),
    deltaTable('Cost change by region', 'region', c.byRegion),
    o.multiAccount ? deltaTable('Cost change by account', 'account', c.byAccount) : '',
    sourcesTable(c.growingSources),
    `Every added and removed snapshot is in \`${md(o.changesCsvName)}\`.`
  ]
  return parts.filter((p) => p !== '').join('\n\n')
}

/** The trend over the runs of the history; '' with fewer than two. */
export function trendSection(history: readonly HistoryEntry[]): string {
  const charts = trendCharts(history)
  if (charts === '') return ''
  const first = history[Math.max(0, history.length - 52)]
  return `### Trend\n\n${plural(Math.min(history.length, 52), 'run')} since ${(first?.at ?? '').slice(0, 10)}.\n\n${charts}`
}
