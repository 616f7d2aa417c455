/**
 * The check's missing-dr-copy rule: with copy-to-regions set, each protected resource (the volume, DB instance or
 * DB cluster named) needs a completed copy in every copy region no older than max-backup-age-hours.
 */
import { HOUR_MS } from './clock.js'
import { listCopies } from './copies.js'
import { copyRegionsOf, TAG_SOURCE_REGION } from './copy-policy.js'
import { errorMessage } from './errors.js'
import type { AccountTarget } from './accounts.js'
import { RULE_SEVERITY } from './rules.js'
import type { Finding } from './findings.js'
import type { KindName, SnapshotKind } from './kinds/kind.js'
import type { ListingFailure } from './types.js'

/** A protected resource as the inputs name it. */
export interface ProtectedSource {
  kind: SnapshotKind
  region: string
  id: string
}

/** The missing-dr-copy finding of one source and copy region, or null when its newest copy is recent enough. */
export function missingDrCopyFinding(
  v: { accountId: string; kind: KindName; region: string; id: string; copyRegion: string; newest: Date | null },
  now: Date,
  maxHours: number
): Finding | null {
  const age = v.newest === null ? null : now.getTime() - v.newest.getTime()
  if (age !== null && !(age > maxHours * HOUR_MS)) return null
  const noun = v.kind === 'ebs' ? 'Volume' : v.kind === 'db-instance' ? 'DB instance' : 'DB cluster'
  const hours = age === null ? 0 : Math.floor(age / HOUR_MS)
  const last =
    age === null || v.newest === null
      ? `has no completed copy in ${v.copyRegion}`
      : `has its newest completed copy in ${v.copyRegion} from ${v.newest.toISOString()}, ${hours} hours ago, longer than max-backup-age-hours (${maxHours})`
  return {
    rule: 'missing-dr-copy',
    severity: RULE_SEVERITY['missing-dr-copy'],
    accountId: v.accountId,
    region: v.copyRegion,
    service: v.kind === 'ebs' ? 'ebs' : v.kind === 'db-instance' ? 'rds' : 'rds-cluster',
    resourceId: v.id,
    message: `${noun} ${v.id} in ${v.region} ${last}; run backup with copy-to-regions, and check that its copies complete.`
  }
}

/** Judges every named source in every copy region of every account; a region that cannot be listed is a failure. */
export async function missingDrCopies(
  targets: readonly AccountTarget[],
  sources: readonly ProtectedSource[],
  copyRegions: readonly string[],
  now: Date,
  maxHours: number
): Promise<{ findings: Finding[]; failures: ListingFailure[] }> {
  const findings: Finding[] = []
  const failures: ListingFailure[] = []
  await Promise.all(
    targets.flatMap((target) =>
      sources.flatMap((s) =>
        // A source in a copy region is not copied into its own region (backup-copies.ts): no copy is due there.
        copyRegionsOf(copyRegions, s.region).map(async (copyRegion) => {
          try {
            const copies = await listCopies(target.clients, s.kind, target.accountId, copyRegion, [s.id])
            let newest: Date | null = null
            for (const c of copies) {
              const r = c.record
              if (r.tags[TAG_SOURCE_REGION] !== s.region || r.state !== s.kind.doneState) continue
              if (newest === null || r.createdAt > newest) newest = r.createdAt
            }
            const f = missingDrCopyFinding(
              { accountId: target.accountId, kind: s.kind.name, region: s.region, id: s.id, copyRegion, newest },
              now,
              maxHours
            )
            if (f) findings.push(f)
          } catch (err) {
            failures.push({
              accountId: target.accountId,
              region: copyRegion,
              service: s.kind.service,
              message: `copies of ${s.id} for missing-dr-copy (${s.kind.listOperation}): ${errorMessage(err)}`
            })
          }
        })
      )
    )
  )
  findings.sort((a, b) =>
    `${a.accountId}/${a.region}/${a.resourceId}`.localeCompare(`${b.accountId}/${b.region}/${b.resourceId}`)
  )
  return { findings, failures }
}
