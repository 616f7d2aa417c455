/**
 * The inventory's cost report: the estimate ranges, and when measure-incremental asks for it, the exact sizes of the
 * most expensive EBS lineages with how much of the range they settle.
 */
import type { AccountTarget } from './accounts.js'
import type { Clock } from './clock.js'
import type { CostRange, CostRanges, CostRangeTracker } from './cost-range.js'
import {
  measureLineages,
  type LineageMeasurement,
  type MeasureDeps,
  type MeasureFailure,
  type MeasureResult
} from './measure-incremental.js'

/** What measuring the most expensive lineages found, set against their estimate. */
export interface MeasurementReport {
  requested: number
  /** EBS lineages there were to choose from (fewer than requested when the inventory holds fewer). */
  selected: number
  measured: LineageMeasurement[]
  failures: MeasureFailure[]
  skippedArchived: number
  calls: MeasureResult['calls']
  /** The measured lineages' estimate range, and their exact cost. */
  estimate: CostRange
  exactUsd: number
  /** The width of the whole estimate range, and the part of it the measured lineages held (now settled). */
  rangeWidthUsd: number
  resolvedWidthUsd: number
  /** The whole estimate with the measured lineages at their exact cost. */
  refined: CostRange
}

/** The cost section's data: ranges, and the measurement when one was made. */
export interface CostReport {
  ranges: CostRanges
  measurement: MeasurementReport | null
}

/** Sets a measurement against the estimate of all lineages. */
export function measurementReport(ranges: CostRanges, selected: number, r: MeasureResult): MeasurementReport {
  const estimate = { lowUsd: 0, highUsd: 0 }
  let exactUsd = 0
  for (const m of r.measured) {
    estimate.lowUsd += m.lineage.lowUsd
    estimate.highUsd += m.lineage.highUsd
    exactUsd += m.exactUsd
  }
  return {
    requested: r.requested,
    selected,
    measured: r.measured,
    failures: r.failures,
    skippedArchived: r.skippedArchived,
    calls: r.calls,
    estimate,
    exactUsd,
    rangeWidthUsd: ranges.total.highUsd - ranges.total.lowUsd,
    resolvedWidthUsd: estimate.highUsd - estimate.lowUsd,
    refined: {
      lowUsd: ranges.total.lowUsd - estimate.lowUsd + exactUsd,
      highUsd: ranges.total.highUsd - estimate.highUsd + exactUsd
    }
  }
}

/** Builds the cost report from a tracker that saw every record; measures the `measure` most expensive EBS lineages. */
export async function costReport(
  tracker: CostRangeTracker,
  measure: number,
  deps: MeasureDeps | null
): Promise<CostReport> {
  const ranges = tracker.result()
  if (measure <= 0 || deps === null) return { ranges, measurement: null }
  const targets = tracker.mostExpensiveEbs(measure)
  const result = await measureLineages(targets, deps)
  return { ranges, measurement: measurementReport(ranges, targets.length, result) }
}

/**
 * The inventory's cost report over the accounts it listed: measures with each account's own EBS clients, and lets
 * them go afterwards.
 */
export async function inventoryCosts(
  tracker: CostRangeTracker,
  measure: number,
  targets: readonly AccountTarget[],
  clock: Clock
): Promise<CostReport> {
  if (measure <= 0) return costReport(tracker, 0, null)
  const byAccount = new Map(targets.map((t) => [t.accountId, t.clients]))
  try {
    return await costReport(tracker, measure, {
      clock,
      ebs: (accountId, region) => {
        const clients = byAccount.get(accountId)
        if (clients === undefined) throw new Error(`no credentials for account ${accountId}`)
        return clients.ebs(region)
      }
    })
  } finally {
    for (const t of targets) t.clients.release()
  }
}
