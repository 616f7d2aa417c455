/** The comparison an inventory step adds to its report: the changes CSV, the history, the result fields and outputs. */
import * as core from '@actions/core'
import * as path from 'node:path'
import { changesCsvPath, comparedSnapshots, inventoryChanges, type ChangedSnapshot } from '../changes.js'
import { besideCompared, comparedHistory, type CompareOutcome } from '../compare.js'
import type { InventorySlice } from '../result-file.js'
import { carryHistory, historyEntry, type HistoryEntry } from '../history.js'
import { round } from '../inventory-csv.js'
import type { InventoryResult } from '../modes/inventory.js'
import type { InventoryComparison } from '../summary/inventory.js'

/** What the comparison adds: the summary's change section (null without a compared result), the history and the result's fields. */
export interface InventoryComparisonReport {
  comparison: InventoryComparison | null
  history: HistoryEntry[]
  /** The fields the result JSON gains: history always, comparedWith and changes with a compared result. */
  extra: Record<string, unknown>
}

/** The compared inventory, with its snapshots read (before this run writes its CSV). */
export interface ComparedInventory {
  file: string
  slice: InventorySlice
  snapshots: Map<string, ChangedSnapshot>
}

/** Reads the compared inventory's CSV when there is a compared inventory; null otherwise. */
export async function readComparedInventory(outcome: CompareOutcome | null): Promise<ComparedInventory | null> {
  if (outcome === null || outcome.status === 'none' || outcome.compared.kind !== 'inventory') return null
  const { slice } = outcome.compared
  const snapshots = await comparedSnapshots(besideCompared(outcome.compared, slice.csvName), slice.rowCount)
  return { file: outcome.compared.file, slice, snapshots }
}

/** Joins the run's result with the compared inventory (if any) and carries the history forward. */
export async function compareInventory(
  result: InventoryResult,
  compared: ComparedInventory | null
): Promise<InventoryComparisonReport> {
  const entry = historyEntry(result.generatedAt, result.aggregate)
  if (compared === null) return { comparison: null, history: [entry], extra: { history: [entry] } }
  const { slice } = compared
  const changes = await inventoryChanges({
    previous: compared.snapshots,
    previousAggregate: slice.aggregate,
    currentCsv: result.csvPath,
    currentAggregate: result.aggregate,
    changesCsvPath: changesCsvPath(result.csvPath)
  })
  const history = carryHistory(comparedHistory(slice), entry)
  return {
    comparison: { changes, comparedAt: slice.generatedAt, changesCsvName: path.basename(changes.csvPath) },
    history,
    extra: {
      history,
      comparedWith: { file: path.basename(compared.file), generatedAt: slice.generatedAt },
      changes: {
        added: changes.added,
        removed: changes.removed,
        costChangeUsd: round(changes.costChangeUsd, 4),
        byService: changes.byService,
        byRegion: changes.byRegion,
        byAccount: changes.byAccount,
        growingSources: changes.growingSources,
        csvPath: changes.csvPath
      }
    }
  }
}

/** Sets added-count, removed-count, cost-change-usd and changes-csv-path; each is empty without a compared result. */
export function setChangeOutputs(comparison: InventoryComparison | null): void {
  if (comparison === null) {
    for (const name of ['added-count', 'removed-count', 'cost-change-usd', 'changes-csv-path']) core.setOutput(name, '')
    return
  }
  const c = comparison.changes
  core.setOutput('added-count', c.added.count)
  core.setOutput('removed-count', c.removed.count)
  core.setOutput('cost-change-usd', round(c.costChangeUsd, 2))
  core.setOutput('changes-csv-path', c.csvPath)
}
