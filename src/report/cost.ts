/** The outputs of the inventory's cost ranges. */
import * as core from '@actions/core'
import type { CostReport } from '../cost-report.js'
import { round } from '../inventory-csv.js'

/**
 * Sets estimated-monthly-cost-low-usd, the low end of the estimate; estimated-monthly-cost-usd (set with the totals)
 * is its high end.
 */
export function setCostRangeOutputs(costs: CostReport): void {
  core.setOutput('estimated-monthly-cost-low-usd', round(costs.ranges.total.lowUsd, 2))
}
