import { md } from '../markdown.js'
import type { InventoryAggregate } from '../aggregate.js'
import type { ListingFailure } from '../types.js'
import type { CostReport } from '../cost-report.js'
import { costSection } from './cost.js'
import { accountSection, breakdownSections, failureSection, headline, priceSection } from './sections.js'

/** The whole inventory summary in markdown. */
export function inventorySummary(r: {
  aggregate: InventoryAggregate
  accounts: readonly string[]
  regions: readonly string[]
  failures: readonly ListingFailure[]
  csvName: string
  /** The estimate ranges (and measurement); without them the summary shows the single upper-bound estimate. */
  costs?: CostReport
}): string {
  const parts = [
    '## Snapshot inventory',
    headline(r.aggregate, r.accounts.length, r.regions.length, r.costs?.ranges.total),
    r.costs ? costSection(r.costs) : '',
    r.accounts.length > 1 ? accountSection(r.aggregate) : '',
    ...breakdownSections(r.aggregate),
    failureSection(r.failures),
    priceSection(),
    `One row per snapshot is in the CSV \`${md(r.csvName)}\`.`
  ]
  return parts.filter((p) => p !== '').join('\n\n') + '\n'
}
