/**
 * The history a result carries: the headline totals of the last runs, oldest first, carried forward from the result
 * it was compared with, so that one artifact is enough to draw a trend.
 */
import type { InventoryAggregate, Totals } from './aggregate.js'

/** How many runs a history keeps; the oldest fall off. */
export const MAX_HISTORY = 52

/** The headline totals of one run. */
export interface HistoryEntry {
  /** When the run listed its snapshots (ISO 8601, UTC). */
  at: string
  count: number
  sizeGib: number
  costUsd: number
  /** The same totals per service. */
  byService: Record<string, Totals>
}

function copy(t: Totals): Totals {
  return { count: t.count, sizeGib: t.sizeGib, costUsd: t.costUsd }
}

/** The history entry of a run that listed `aggregate` at `at`. */
export function historyEntry(at: string, aggregate: Pick<InventoryAggregate, 'total' | 'byService'>): HistoryEntry {
  const byService: Record<string, Totals> = {}
  for (const [service, t] of Object.entries(aggregate.byService)) byService[service] = copy(t)
  return { at, ...copy(aggregate.total), byService }
}

/**
 * The history of a run: the compared result's history (or, for a result written without one, its own entry), then
 * this run's entry; entries at or after this run's time are dropped (a result compared with itself or a later one),
 * and only the last MAX_HISTORY remain.
 */
export function carryHistory(previous: readonly HistoryEntry[], current: HistoryEntry): HistoryEntry[] {
  const earlier = previous.filter((e) => e.at < current.at).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  const unique = earlier.filter((e, i) => i === 0 || earlier[i - 1]?.at !== e.at)
  return [...unique, current].slice(-MAX_HISTORY)
}
