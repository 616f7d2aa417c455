import { md } from '../markdown.js'
import type { InventoryAggregate } from '../aggregate.js'
import type { InventoryChanges } from '../changes.js'
import type { HistoryEntry } from '../history.js'
import type { ListingFailure } from '../types.js'
import { changeSection, trendSection } from './changes.js'
import { ageHistogram, costByServiceChart, withCharts } from './charts.js'
import type { CostReport } from '../cost-report.js'
import { costSection } from './cost.js'
import { accountSection, breakdownSections, failureSection, headline, priceSection } from './sections.js'
import { lockSection } from './locks.js'
import { inventoryCopiesSection, type CopyTotals } from './copies.js'

/** What a compared inventory adds to its summary. */
export interface InventoryComparison {
  changes: InventoryChanges
  /** When the compared run listed its snapshots ('' when its result does not say). */
  comparedAt: string
  changesCsvName: string
}

/** The whole inventory summary in markdown. */
export function inventorySummary(r: {
  aggregate: InventoryAggregate
  accounts: readonly string[]
  regions: readonly string[]
  failures: readonly ListingFailure[]
  csvName: string
  locks?: Parameters<typeof lockSection>[0]
  copies?: readonly CopyTotals[]
  comparison?: InventoryComparison | null
  history?: readonly HistoryEntry[]
  /** The estimate ranges (and measurement); without them the summary shows the single upper-bound estimate. */
  costs?: CostReport
}): string {
  const c = r.comparison ?? null
  const parts = [
    '## Snapshot inventory',
    headline(r.aggregate, r.accounts.length, r.regions.length, r.costs?.ranges.total),
    c === null
      ? ''
      : changeSection(c.changes, {
          comparedAt: c.comparedAt,
          totalCostUsd: r.aggregate.total.costUsd,
          changesCsvName: c.changesCsvName,
          multiAccount: r.accounts.length > 1
        }),
    trendSection(r.history ?? []),
    r.costs ? costSection(r.costs) : '',
    r.accounts.length > 1 ? accountSection(r.aggregate) : '',
    ...withCharts(breakdownSections(r.aggregate), {
      '### By service': costByServiceChart(r.aggregate),
      '### By age': ageHistogram(r.aggregate)
    }),
    r.locks === undefined ? '' : lockSection(r.locks),
    inventoryCopiesSection(r.copies),
    failureSection(r.failures),
    priceSection(),
    `One row per snapshot is in the CSV \`${md(r.csvName)}\`.`
  ]
  return parts.filter((p) => p !== '').join('\n\n') + '\n'
}
