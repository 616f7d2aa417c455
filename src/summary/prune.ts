import { failureLine } from '../accounts.js'
import type { SelectionReport } from '../selected-sources.js'
import { selectionSection } from './selection.js'
import { instanceSetsSection } from './instance-sets.js'
import { markdownCode } from '../escape.js'
import { gib, int, md, table, usd } from '../markdown.js'
import type { BackupResult } from '../modes/backup.js'
import { sourceNoun, type PruneDecision, type PruneError, type PruneOutcome, type PruneResult } from '../modes/prune.js'
import { backupFailureSection, backupHeadline, createdSection, lockSection, priceSection } from './sections.js'
import { copiesSection } from './copies.js'
import { plural } from '../plural.js'
import { reclaimedChart } from './charts.js'
import { archiveSection } from './archive.js'
import type { RetentionCounts } from '../copy-policy.js'

/** Row limits that keep the summary small however many thousands of decisions there are. */
export const SUMMARY_LIMITS = { deleted: 100, kept: 50, skipped: 100, errors: 100, keys: 50 } as const

/** The headline: what was (or would be) deleted, reclaimed, kept, skipped and failed. */
export function pruneHeadline(r: PruneResult): string {
  const verb = r.dryRun ? 'Would delete' : 'Deleted'
  const n = r.dryRun ? r.counts['would-delete'] : r.counts.deleted
  const main = `${verb} **${plural(n, 'snapshot')}**, ${gib(r.reclaimedGib)} GiB, about **${usd(r.reclaimedUsd)} a month** ${r.dryRun ? 'to reclaim' : 'reclaimed'} (estimate).`
  const archived = r.dryRun ? r.counts['would-archive'] : r.counts.archived
  const rest = [
    ...(archived > 0 ? [`${r.dryRun ? 'would archive' : 'archived'} ${int(archived)}`] : []),
    `kept ${int(r.counts.kept)}`,
    `skipped ${int(r.counts.skipped)}`
  ]
  if (r.counts.failed > 0) rest.push(`**failed ${int(r.counts.failed)}**`)
  return `${main} Of the managed snapshots: ${rest.join(', ')}.`
}

/** What the run was limited to: all sources of every kind pruned, or the named ones. */
function scopeText(r: PruneResult): string {
  const p = r.policy
  const db = r.dbSources
  if (db === undefined) return p.volumes === null ? 'all volumes' : `volumes ${p.volumes.map(md).join(', ')}`
  if (p.volumes === null && db.dbInstances === null && db.dbClusters === null)
    return 'all volumes, DB instances and DB clusters'
  const parts: string[] = []
  if (p.volumes !== null && p.volumes.length > 0) parts.push(`volumes ${p.volumes.map(md).join(', ')}`)
  if (db.dbInstances !== null && db.dbInstances.length > 0)
    parts.push(`DB instances ${db.dbInstances.map(md).join(', ')}`)
  if (db.dbClusters !== null && db.dbClusters.length > 0) parts.push(`DB clusters ${db.dbClusters.map(md).join(', ')}`)
  return parts.join('; ')
}

/** The source of a decision as the tables show it: the volume id, or "DB instance name" / "DB cluster name". */
export function sourceText(d: Pick<PruneDecision, 'volumeId' | 'kind'>): string {
  if (d.kind === undefined) return d.volumeId ?? '-'
  return `${sourceNoun(d.kind)} ${d.volumeId ?? '-'}`
}

/** The policy in one line, as the inputs gave it. */
export function policyLine(r: PruneResult): string {
  const p = r.policy
  const scope = scopeText(r)
  const adopted =
    Object.keys(p.pruneTags).length > 0
      ? `; also snapshots tagged ${Object.entries(p.pruneTags)
          .map(([k, v]) => md(`${k}=${v}`))
          .join(' and ')}`
      : ''
  const copies =
    p.copies !== undefined && r.decisions.some((d) => d.copyOf !== undefined)
      ? `; copies: retention ${plural(p.copies.retentionDays, 'day')}, ${keepCounts(p.copies)}`
      : ''
  return `Policy: retention ${plural(p.retentionDays, 'day')}, ${keepCounts(p)}${copies}; ${scope}${adopted}; ${plural(r.regions.length, 'region')}.`
}

/** The keep counts of a policy as the inputs name them: keep-last always, the calendar ones when set. */
function keepCounts(c: RetentionCounts): string {
  const keeps = [`keep-last ${c.keepLast}`]
  if (c.keepDaily > 0) keeps.push(`keep-daily ${c.keepDaily}`)
  if (c.keepWeekly > 0) keeps.push(`keep-weekly ${c.keepWeekly}`)
  if (c.keepMonthly > 0) keeps.push(`keep-monthly ${c.keepMonthly}`)
  return keeps.join(', ')
}

interface RuleTotals {
  rule: string
  count: number
  sizeGib: number
  costUsd: number
}

/** Count, size and cost per rule, largest count first. */
export function byRule(decisions: readonly PruneDecision[]): RuleTotals[] {
  const map = new Map<string, RuleTotals>()
  for (const d of decisions) {
    const t = map.get(d.rule) ?? { rule: d.rule, count: 0, sizeGib: 0, costUsd: 0 }
    t.count += 1
    t.sizeGib += d.sizeGib
    t.costUsd += d.costUsd
    map.set(d.rule, t)
  }
  return [...map.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule))
}

function ruleTable(decisions: readonly PruneDecision[]): string {
  const rows = byRule(decisions).map((t) => [md(t.rule), int(t.count), gib(t.sizeGib), usd(t.costUsd)])
  return table(['rule', 'snapshots', 'GiB', 'est. $/month'], rows)
}

function decisionTable(decisions: readonly PruneDecision[], limit: number, multiAccount: boolean): string {
  const header = [
    'snapshot',
    decisions.some((d) => d.kind !== undefined) ? 'source' : 'volume',
    'region',
    ...(multiAccount ? ['account'] : []),
    'age (days)',
    'GiB',
    'rule',
    'reason'
  ]
  const align = header.map((h) => (h === 'GiB' || h === 'age (days)' ? 'r' : 'l')) as ('l' | 'r')[]
  const rows = decisions
    .slice(0, limit)
    .map((d) => [
      md(d.snapshotId),
      md(sourceText(d)),
      md(d.region),
      ...(multiAccount ? [md(d.accountId)] : []),
      int(d.ageDays),
      gib(d.sizeGib),
      md(d.rule),
      md(d.reason)
    ])
  const more = decisions.length > limit ? `\n\n${int(decisions.length - limit)} more are in the CSV.` : ''
  return table(header, rows, align) + more
}

function section(
  title: string,
  intro: string,
  decisions: readonly PruneDecision[],
  limit: number,
  multi: boolean,
  withRules = true
): string {
  if (decisions.length === 0) return ''
  const rules = withRules ? `${ruleTable(decisions)}\n\n` : ''
  return `### ${title} (${int(decisions.length)})\n\n${intro}${rules}${decisionTable(decisions, limit, multi)}`
}

function of(r: PruneResult, ...outcomes: PruneOutcome[]): PruneDecision[] {
  return r.decisions.filter((d) => outcomes.includes(d.outcome))
}

/** Deleted (or would-be-deleted), kept, skipped and failed decisions, each bounded. */
export function decisionSections(r: PruneResult): string[] {
  const multi = r.accounts.length > 1
  const removed = of(r, 'deleted', 'would-delete').sort(
    (a, b) => b.sizeGib - a.sizeGib || a.snapshotId.localeCompare(b.snapshotId)
  )
  const kept = of(r, 'kept')
  const skipped = of(r, 'skipped')
  const failed = of(r, 'failed')
  return [
    section(
      r.dryRun ? 'Would delete' : 'Deleted',
      'Each was expired by the rule shown and held by no keep rule; largest first.\n\n',
      removed,
      SUMMARY_LIMITS.deleted,
      multi
    ),
    section('Kept', 'The rule that holds each snapshot.\n\n', kept, SUMMARY_LIMITS.kept, multi),
    section(
      'Skipped',
      'Eligible by the rules, or out of scope, but left alone, and why.\n\n',
      skipped,
      SUMMARY_LIMITS.skipped,
      multi
    ),
    section(
      'Failed',
      'These could not be deleted; the step fails after finishing the rest.\n\n',
      failed,
      SUMMARY_LIMITS.errors,
      multi,
      false
    )
  ]
}

function keyList(keys: readonly string[], limit: number): string {
  const lines = keys.slice(0, limit).map((k) => `- ${markdownCode(k)}`)
  if (keys.length > limit) lines.push(`- ... and ${int(keys.length - limit)} more (in the result JSON)`)
  return lines.join('\n')
}

/** What happened in the metadata bucket: orphans removed, metadata missing or repaired, unreadable objects. */
export function metadataSection(r: PruneResult, bucket: string | null): string {
  const m = r.metadata
  if (bucket === null) return '### Metadata\n\nNo bucket was given, so metadata was neither removed nor checked.'
  const removed =
    m.removed.length > 0 ? ` Removed ${plural(m.removed.length, 'metadata object')} with the snapshots deleted.` : ''
  const parts = [
    `### Metadata\n\n${plural(m.objects, 'metadata object')} under the prefix in ${markdownCode(bucket)} when the run began.${removed}`
  ]
  if (!m.checked)
    parts.push('The bucket could not be listed, so orphaned and missing metadata were not checked (see the errors).')
  const verb = r.dryRun ? 'Would remove' : 'Removed'
  if (m.orphans.length > 0)
    parts.push(
      `${verb} ${plural(m.orphans.length, 'orphaned metadata object')} (their snapshots no longer exist):\n\n${keyList(m.orphans, SUMMARY_LIMITS.keys)}`
    )
  if (m.repaired.length > 0) {
    parts.push(
      `${r.dryRun ? 'Would write' : 'Wrote'} missing metadata for ${plural(m.repaired.length, 'managed snapshot')} (repair):\n\n${keyList(m.repaired, SUMMARY_LIMITS.keys)}`
    )
  }
  if (m.missing.length > 0) {
    const ids = m.missing.map(
      (x) => `${x.snapshotId} (${x.kind === undefined ? (x.volumeId ?? 'no volume') : sourceText(x)}, ${x.region})`
    )
    parts.push(
      `${plural(m.missing.length, 'managed snapshot')} ${m.missing.length === 1 ? 'has' : 'have'} no metadata object:\n\n${keyList(ids, SUMMARY_LIMITS.keys)}`
    )
  }
  if (m.unreadable.length > 0) {
    parts.push(
      `${plural(m.unreadable.length, 'object')} under the prefix ${m.unreadable.length === 1 ? 'is not a snapshot-hygiene document' : 'are not snapshot-hygiene documents'} of the snapshot ${m.unreadable.length === 1 ? 'its key names and was' : 'their keys name and were'} left alone:\n\n${keyList(m.unreadable, SUMMARY_LIMITS.keys)}`
    )
  }
  if (m.otherKeys > 0)
    parts.push(
      `${plural(m.otherKeys, 'other key')} under the prefix ${m.otherKeys === 1 ? 'does' : 'do'} not follow the metadata layout and ${m.otherKeys === 1 ? 'was' : 'were'} left alone.`
    )
  return parts.join('\n\n')
}

/** One line per error. */
export function errorLine(e: PruneError): string {
  return `${e.operation} ${e.subject} in ${e.region} (account ${e.accountId}): ${e.message}`
}

/** The errors of the run (bounded), the regions that could not be listed, and what the run went ahead without. */
export function problemSections(r: PruneResult): string[] {
  const out: string[] = []
  if (r.errors.length > 0) {
    const lines = r.errors.slice(0, SUMMARY_LIMITS.errors).map((e) => `- ${md(errorLine(e))}`)
    if (r.errors.length > SUMMARY_LIMITS.errors)
      lines.push(`- ... and ${int(r.errors.length - SUMMARY_LIMITS.errors)} more (in the log and the result JSON)`)
    out.push(`### Errors (${int(r.errors.length)})\n\n${lines.join('\n')}`)
  }
  if (r.failures.length > 0) {
    const lines = r.failures.slice(0, SUMMARY_LIMITS.errors).map((f) => `- ${md(failureLine(f))}`)
    out.push(`### Not listed\n\nNothing was decided in these; their snapshots were left alone.\n\n${lines.join('\n')}`)
  }
  if (r.warnings.length > 0)
    out.push(
      `### Warnings\n\n${r.warnings
        .slice(0, SUMMARY_LIMITS.errors)
        .map((n) => `- ${md(n)}`)
        .join('\n')}`
    )
  if (r.notices.length > 0)
    out.push(
      `### Notices\n\n${r.notices
        .slice(0, SUMMARY_LIMITS.errors)
        .map((n) => `- ${md(n)}`)
        .join('\n')}`
    )
  return out
}

function pruneParts(r: PruneResult, bucket: string | null, csvName: string): string[] {
  return [
    pruneHeadline(r),
    reclaimedChart(r.decisions, r.dryRun),
    policyLine(r),
    ...decisionSections(r).slice(0, 1),
    archiveSection(r),
    ...decisionSections(r).slice(1),
    metadataSection(r, bucket),
    ...problemSections(r),
    priceSection(),
    `One row per decision is in the CSV \`${md(csvName)}\`.`
  ]
}

/** The whole prune summary in markdown. */
export function pruneSummary(
  r: PruneResult,
  opts: { bucket: string | null; csvName: string; selection?: SelectionReport | undefined }
): string {
  const title = r.dryRun ? '## Snapshot prune (dry run: nothing deleted)' : '## Snapshot prune'
  return (
    [title, selectionSection(opts.selection), ...pruneParts(r, opts.bucket, opts.csvName)]
      .filter((p) => p !== '')
      .join('\n\n') + '\n'
  )
}

/** The backup-and-prune summary: what was created, then the prune. */
export function backupAndPruneSummary(
  backup: BackupResult,
  prune: PruneResult | null,
  opts: { bucket: string | null; csvName: string; selection?: SelectionReport | undefined }
): string {
  const title = prune?.dryRun
    ? '## Snapshot backup and prune (dry run: nothing deleted)'
    : '## Snapshot backup and prune'
  const parts = [
    title,
    backupHeadline(backup),
    selectionSection(opts.selection),
    instanceSetsSection(backup.instanceSets),
    createdSection(backup.created),
    lockSection(backup),
    copiesSection(backup.copies),
    backupFailureSection(backup.failures)
  ]
  if (prune !== null && backup.created.length > 0)
    parts.push(
      `The prune holds ${backup.created.length === 1 ? 'the snapshot' : 'the snapshots'} this run created by rule \`created-this-run\`: a run never deletes what it made, whatever the retention inputs say.`
    )
  if (prune === null) parts.push('Prune did not run.')
  else parts.push('### Prune', ...pruneParts(prune, opts.bucket, opts.csvName))
  return parts.filter((p) => p !== '').join('\n\n') + '\n'
}
