import { md } from '../markdown.js'
import type { InventoryAggregate } from '../aggregate.js'
import type { ListingFailure } from '../types.js'
import { accountSection, breakdownSections, failureSection, headline, priceSection } from './sections.js'
import { lockSection } from './locks.js'

/** The whole inventory summary in markdown. */
export function inventorySummary(r: {
  aggregate: InventoryAggregate
  accounts: readonly string[]
  regions: readonly string[]
  failures: readonly ListingFailure[]
  csvName: string
  locks?: Parameters<typeof lockSection>[0]
}): string {
  const parts = [
    '## Snapshot inventory',
    headline(r.aggregate, r.accounts.length, r.regions.length),
    r.accounts.length > 1 ? accountSection(r.aggregate) : '',
    ...breakdownSections(r.aggregate),
    r.locks === undefined ? '' : lockSection(r.locks),
    failureSection(r.failures),
    priceSection(),
    `One row per snapshot is in the CSV \`${md(r.csvName)}\`.`
  ]
  return parts.filter((p) => p !== '').join('\n\n') + '\n'
}
