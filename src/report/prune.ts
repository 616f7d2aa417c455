import * as core from '@actions/core'
import { context as githubContext } from '@actions/github'
import * as path from 'node:path'
import type { AccountTarget } from '../accounts.js'
import { failureLine } from '../accounts.js'
import type { Clock } from '../clock.js'
import type { Config } from '../inputs.js'
import { round } from '../inventory-csv.js'
import type { WorkflowContext } from '../metadata.js'
import { runBackup, type BackupResult } from '../modes/backup.js'
import { runPrune, type PruneDeps, type PruneResult } from '../modes/prune.js'
import { sourceKey } from '../kinds/kind.js'
import { sourceNoun } from '../modes/prune.js'
import type { ArtifactUpload } from './publish.js'
import type { SelectedConfig } from '../selected-sources.js'
import { selectionOutcome } from './selection.js'
import { backupAndPruneSummary, errorLine, pruneSummary } from '../summary/prune.js'
import { plural } from '../plural.js'
import * as log from '../log.js'
import { failWith, logCreated, publish, setBackupOutputs, setResultOutputs, workflowContext } from './shared.js'

/** The result JSON of a prune: everything but the kept decisions, which are in the CSV. */
export function pruneJson(r: PruneResult): object {
  const { decisions, ...rest } = r
  return { ...rest, notDeleted: decisions.filter((d) => d.outcome === 'skipped' || d.outcome === 'failed') }
}

function setPruneOutputs(r: PruneResult, resultJson: string, upload: ArtifactUpload): void {
  core.setOutput('deleted-snapshot-ids', r.deletedIds.join(','))
  core.setOutput('deleted-count', r.deletedIds.length)
  core.setOutput('kept-count', r.counts.kept)
  core.setOutput('reclaimed-gib', round(r.reclaimedGib, 3))
  setResultOutputs({ csvPath: r.csvPath, resultJson, upload, failedCount: r.failures.length })
}

/** The problems that fail a prune: every per-snapshot or per-object error, and unlisted regions when fail-on-region-error. */
function pruneProblems(config: Pick<Config, 'failOnRegionError'>, r: PruneResult): string[] {
  const problems = r.errors.map(errorLine)
  for (const f of r.failures) {
    if (config.failOnRegionError) problems.push(`Could not list ${failureLine(f)}`)
    else log.warning(`Could not list ${failureLine(f)}`)
  }
  return problems
}

function logResult(r: PruneResult): void {
  const verb = r.dryRun ? 'Would delete' : 'Deleted'
  log.info(
    `${verb} ${plural(r.deletedIds.length, 'snapshot')} (${round(r.reclaimedGib, 3)} GiB); kept ${r.counts.kept}, skipped ${r.counts.skipped}, failed ${r.counts.failed}; CSV at ${r.csvPath}`
  )
  for (const key of r.metadata.orphans) log.info(`${r.dryRun ? 'Would remove' : 'Removed'} orphaned metadata ${key}`)
  for (const key of r.metadata.removed) log.info(`Removed metadata ${key} with its snapshot`)
  for (const key of r.metadata.repaired) log.info(`${r.dryRun ? 'Would write' : 'Wrote'} missing metadata ${key}`)
  for (const m of r.metadata.missing) {
    const source = m.kind === undefined ? (m.volumeId ?? 'no volume') : `${sourceNoun(m.kind)} ${m.volumeId ?? ''}`
    log.warning(
      `Managed snapshot ${m.snapshotId} (${source}, ${m.region}, account ${m.accountId}) has no metadata object`
    )
  }
  for (const n of r.notices) log.info(n)
  for (const w of r.warnings) log.warning(w)
  for (const d of r.decisions)
    if (d.outcome === 'archived' || d.outcome === 'would-archive')
      log.info(
        `${d.outcome === 'archived' ? 'Archived' : 'Would archive'} ${d.snapshotId} (${d.volumeId ?? 'no volume'}, ${d.region}, account ${d.accountId}): ${d.reason}`
      )
  for (const d of r.decisions)
    if (d.outcome === 'skipped' && (d.rule === 'in-use' || d.rule === 'aws-backup' || d.rule === 'not-deletable-state'))
      log.notice(`Skipped ${d.snapshotId}: ${d.reason}`)
}

function pruneDeps(): PruneDeps {
  return {
    log: (line) => {
      log.info(line)
    }
  }
}

/** Runs the prune and reports it; fails the step at the end when anything could not be done. */
export async function pruneStep(config: SelectedConfig<Config>, targets: AccountTarget[], clock: Clock): Promise<void> {
  const selected = selectionOutcome(config)
  const result = await runPrune(config, targets, clock, pruneDeps())
  logResult(result)
  const csvName = path.basename(result.csvPath)
  const { resultJson, upload } = await publish(config, {
    csvPath: result.csvPath,
    result: pruneJson(result),
    files: [result.csvPath],
    summary: pruneSummary(result, { bucket: config.bucket, csvName, selection: config.selection }),
    fullReportHint: `The full plan is in ${csvName}.`
  })
  setPruneOutputs(result, resultJson, upload)
  failWith([...selected, ...pruneProblems(config, result)], 'problem while pruning', 'problems while pruning', upload)
}

/** Sources (volumes, DB instances, DB clusters) whose backup failed: their snapshots are held (not deleted) in this run. */
export function heldVolumes(backup: BackupResult, targets: readonly AccountTarget[]): Map<string, string> {
  const hold = new Map<string, string>()
  for (const f of backup.failures) {
    // The snapshot exists and completed; only its lock is missing, so its source's older snapshots are not held.
    if (f.lockFailed === true) continue
    const accounts = f.accountId === '' ? targets.map((t) => t.accountId) : [f.accountId]
    const name = f.kind === undefined ? f.volumeId : `${sourceNoun(f.kind)} ${f.volumeId}`
    for (const a of accounts)
      hold.set(sourceKey(f.kind ?? 'ebs', a, f.region, f.volumeId), `the backup of ${name} failed in this run`)
  }
  return hold
}

/** Backs up, then prunes with the new snapshots in view, repairing missing metadata of the backed-up volumes. */
export async function backupAndPruneStep(
  config: SelectedConfig<Config>,
  targets: AccountTarget[],
  clock: Clock,
  workflow: WorkflowContext = workflowContext(githubContext)
): Promise<void> {
  const selected = selectionOutcome(config)
  const backup = await runBackup(config, targets, clock, { workflow })
  logCreated(backup, config.bucket)
  // The sets' volumes join the prune's scope: an instance is pruned as the volumes it was backed up as.
  const setVolumes = (backup.instanceSets ?? []).flatMap((s) =>
    s.snapshots.map((x) => ({ region: s.region, volumeId: x.volumeId }))
  )
  const prune = await runPrune(
    { ...config, volumes: [...config.volumes, ...setVolumes] },
    targets,
    clock,
    pruneDeps(),
    {
      hold: heldVolumes(backup, targets),
      repair: backup.volumes,
      repairDb: backup.databases ?? [],
      createdIds: new Set([
        ...backup.created.map((c) => c.snapshotId),
        ...(backup.copies ?? []).flatMap((c) => (c.snapshotId === null ? [] : [c.snapshotId]))
      ])
    }
  )
  logResult(prune)
  const csvName = path.basename(prune.csvPath)
  const { resultJson, upload } = await publish(config, {
    csvPath: prune.csvPath,
    result: { mode: 'backup-and-prune', backup, prune: pruneJson(prune) },
    files: [prune.csvPath],
    summary: backupAndPruneSummary(backup, prune, { bucket: config.bucket, csvName, selection: config.selection }),
    fullReportHint: `The full plan is in ${csvName}.`
  })
  setBackupOutputs(backup)
  setPruneOutputs(prune, resultJson, upload)
  failWith(
    [
      ...selected,
      ...backup.failures.map((f) => f.message),
      ...(backup.copyFailures ?? []),
      ...pruneProblems(config, prune)
    ],
    'problem in backup and prune',
    'problems in backup and prune',
    upload
  )
}
