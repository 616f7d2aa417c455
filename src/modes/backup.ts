/**
 * Backup: snapshots every source the inputs name (EBS volumes, RDS DB instances, Aurora DB clusters) through the
 * same flow for every kind: describe the sources, create with the action's tags, wait when asked, write metadata.
 */
import type { AccountTarget } from '../accounts.js'
import { forEachBounded } from '../bounded.js'
import { MINUTE_MS, type Clock } from '../clock.js'
import { errorMessage } from '../errors.js'
import type { Config } from '../inputs.js'
import { backupDescription, backupTags } from '../backup-tags.js'
import { lockBackups, lockCopies, rdsLockNotice, type BackupLock, type LockedCopy } from '../backup-locks.js'
import { SnapshotFailedError, ebsKind } from '../kinds/ebs.js'
import { KINDS, kindNamed, sourcesOf } from '../kinds/index.js'
import { sourceKey, type BackupSource, type RdsKindName, type SnapshotKind, type SnapshotView } from '../kinds/kind.js'
import { RdsSnapshotFailedError, isQuotaFull, type DbSource } from '../kinds/rds.js'
import { putMetadata, type MetadataDocument, type VolumeInfo, type WorkflowContext } from '../metadata.js'
import { TAG_EXPIRES_AT } from '../types.js'
import { backupInstances, createPacers, type InstanceSetResult } from '../instance-backup.js'
import type { Pacer } from '../pacer.js'
import {
  copyFailed,
  copyForSource,
  documentCopies,
  ownRegionNotice,
  type CopiedSnapshot,
  type CopyConfig
} from '../backup-copies.js'
import { CopyGates } from '../copies.js'
import { recordCatchUpCopies } from '../copy-metadata.js'

export {
  CONCURRENT_LIMIT_WAIT_MS,
  PER_VOLUME_RATE_WAIT_MS,
  POLL_FIRST_MS,
  POLL_MAX_MS,
  SnapshotFailedError,
  createSnapshotPatiently,
  waitForSnapshot,
  type WaitOutcome
} from '../kinds/ebs.js'

/** The inputs backup reads. */
export type BackupConfig = Pick<
  Config,
  | 'volumes'
  | 'bucket'
  | 'metadataPrefix'
  | 'retentionDays'
  | 'tags'
  | 'description'
  | 'wait'
  | 'waitTimeoutMinutes'
  | 'awsRegion'
  | 'maxParallelAccounts'
> &
  Partial<
    Pick<
      Config,
      | 'dbInstances'
      | 'dbClusters'
      | 'instances'
      | 'excludeBootVolume'
      | 'excludeVolumeTags'
      | 'copyToRegions'
      | 'copyKmsKey'
      | 'copyRetention'
      | 'lockDays'
      | 'lockMode'
    >
  >

/** What backup needs besides config, clients and clock. */
export interface BackupDeps {
  /** The workflow run, recorded in tags and metadata. */
  workflow: WorkflowContext
  /** The kinds to back up; every kind by default. */
  kinds?: readonly SnapshotKind[]
  /** The pacer of EC2's snapshot-creation bucket per account and region (instance sets); one per region by default. */
  createPacer?: (accountId: string, region: string) => Pacer
  /** The copy gates and pacers per destination region; 20 concurrent copies and the copy call's bucket by default. */
  copyGates?: CopyGates
}

/** A snapshot this run created. */
export interface CreatedSnapshot {
  accountId: string
  region: string
  /** The source: the volume id, or the DB instance or cluster identifier for an RDS kind. */
  volumeId: string
  volumeName: string | null
  snapshotId: string
  /** completed (EBS) or available (RDS), or pending/creating when not waited for (or the wait timed out), or error/failed. */
  state: string
  startTime: string
  sizeGib: number
  expiresAt: string
  /** The S3 key of its metadata; null when none was written. */
  metadataKey: string | null
  /** The RDS kind (db-instance, db-cluster); absent for EBS volume snapshots. */
  kind?: RdsKindName
  /** The EBS snapshot lock it got (lock-days); absent when not locked. */
  lock?: BackupLock
}

/** A source whose backup did not succeed, and why. */
export interface BackupFailure {
  accountId: string
  region: string
  /** The source: the volume id, or the DB instance or cluster identifier for an RDS kind. */
  volumeId: string
  snapshotId: string | null
  message: string
  /** The RDS kind (db-instance, db-cluster); absent for EBS volumes. */
  kind?: RdsKindName
  /** True when RDS refused the snapshot because the account's manual-snapshot quota of the region is full. */
  quotaFull?: true
  /** True when the snapshot was created but could not be locked (lock-days): the backup itself succeeded. */
  lockFailed?: true
}

/** What a backup run did, for the reporters and for backup-and-prune. */
export interface BackupResult {
  mode: 'backup'
  generatedAt: string
  accounts: string[]
  created: CreatedSnapshot[]
  failures: BackupFailure[]
  /** The volumes found, as described before the snapshot. */
  volumes: AccountVolume[]
  /** The DB instances and clusters found, as described before the snapshot; absent when none was named. */
  databases?: AccountDbSource[]
  /** The instance sets made (instance input); absent when no instance was named. */
  instanceSets?: InstanceSetResult[]
  /** With copy-to-regions: every copy made or tried, in each copy region. */
  copies?: LockedCopy[]
  /** With copy-to-regions: the copies that failed, one line each naming the region; they fail the step. */
  copyFailures?: string[]
  /** What the run did not do and why, one line each (lock-days on RDS sources); absent when none. */
  notices?: string[]
}

/** A volume found in one account. */
export type AccountVolume = VolumeInfo & { accountId: string }

/** A DB instance or cluster found in one account. */
export interface AccountDbSource {
  kind: RdsKindName
  accountId: string
  source: DbSource
}

interface Job {
  target: AccountTarget
  kind: SnapshotKind
  source: BackupSource
}

/** How messages name a source: the volume id alone (as always), or "DB instance name" / "DB cluster name". */
function label(kind: SnapshotKind, id: string): string {
  return kind.name === 'ebs' ? id : `${kind.noun} ${id}`
}

/** The kind field of a record: absent for EBS. */
function kindField(kind: SnapshotKind): { kind?: RdsKindName } {
  return kind.name === 'ebs' ? {} : { kind: kind.name }
}

function isFailedSnapshot(err: unknown): err is SnapshotFailedError | RdsSnapshotFailedError {
  return err instanceof SnapshotFailedError || err instanceof RdsSnapshotFailedError
}

/** Snapshots one source, waits when asked, and writes its metadata; never throws. */
async function backupOne(
  job: Job,
  config: BackupConfig,
  clock: Clock,
  deps: BackupDeps & { copyGates: CopyGates }
): Promise<{
  created: CreatedSnapshot | null
  failure: BackupFailure | null
  copies?: CopiedSnapshot[]
  /** Catch-up copies that could not be recorded in their snapshot's metadata. */
  notices?: string[]
}> {
  const { target, kind, source } = job
  const name = label(kind, source.id)
  const where = { accountId: target.accountId, region: source.region, volumeId: source.id, ...kindField(kind) }
  const now = clock.now()
  const deadline = now.getTime() + config.waitTimeoutMinutes * MINUTE_MS
  const tags = backupTags(config, { name: source.name }, deps.workflow, now)
  let view: SnapshotView
  try {
    // EBS creates share EC2's snapshot-creation bucket per account and region with instance sets; the kind takes a
    // token before each attempt, a throttled one's retry included.
    const pacer =
      kind.name === 'ebs' ? (deps.createPacer ?? sharedCreatePacer(clock))(target.accountId, source.region) : undefined
    view = await kind.create(
      target.clients,
      source,
      {
        snapshotId: kind.snapshotIdFor(source, now),
        description: backupDescription(config.description, source.id, deps.workflow),
        tags,
        ...(pacer === undefined ? {} : { pacer })
      },
      clock,
      deadline
    )
  } catch (err) {
    return {
      created: null,
      failure: {
        ...where,
        snapshotId: null,
        message: isQuotaFull(err) ? errorMessage(err) : `Could not snapshot ${name}: ${errorMessage(err)}`,
        ...(isQuotaFull(err) ? { quotaFull: true as const } : {})
      }
    }
  }
  const snapshotId = view.snapshotId
  let failure: BackupFailure | null = null
  if (config.wait && !view.done) {
    try {
      // EBS waits share the region's batched, paced poller with the copies: one DescribeSnapshots for many sources.
      const poller = deps.copyGates.poller(target.clients, target.accountId, source.region)
      const waited = await kind.wait(
        target.clients,
        source.region,
        view,
        clock,
        deadline,
        kind.name === 'ebs' ? (id) => poller.lookup(id) : undefined
      )
      view = waited.view
      if (!waited.completed) {
        const progress = view.progress ? ` (progress ${view.progress})` : ''
        failure = {
          ...where,
          snapshotId,
          message: `Snapshot ${snapshotId} of ${name} did not complete within ${config.waitTimeoutMinutes} minute${config.waitTimeoutMinutes === 1 ? '' : 's'}${progress}; its metadata records state ${view.state}`
        }
      }
    } catch (err) {
      const failed = isFailedSnapshot(err)
      const created = createdRecord(
        target.accountId,
        kind,
        source,
        view,
        tags,
        null,
        failed ? failedState(kind) : undefined
      )
      const message = failed
        ? `Snapshot ${snapshotId} of ${name} failed: ${err.stateMessage}`
        : `Could not wait for ${snapshotId} of ${name}: ${errorMessage(err)}`
      return { created, failure: { ...where, snapshotId, message } }
    }
  }
  const copying = copyConfig(config)
  const copied =
    copying === null
      ? null
      : await copyForSource(target, kind, source, view, copying, deps.workflow, deps.copyGates, clock, deadline)
  // Copies of earlier snapshots (catch-up) go into those snapshots' own documents.
  const unrecorded =
    copied === null
      ? []
      : await recordCatchUpCopies(
          target.clients.s3(config.awsRegion),
          config.bucket ?? '',
          config.metadataPrefix,
          kind,
          source.id,
          view.snapshotId,
          copied.all
        )
  const copies = {
    ...(copied === null ? {} : { copies: copied.all }),
    ...(unrecorded.length === 0 ? {} : { notices: unrecorded })
  }
  const { key, doc: sourceDoc } = kind.metadata(view, source, target.accountId, {
    prefix: config.metadataPrefix,
    workflow: deps.workflow,
    writtenBy: 'backup',
    now: clock.now()
  })
  // The source's document records its copies (written once, after them: a crash before leaves it to repair).
  const doc = copied === null ? sourceDoc : { ...(sourceDoc as object), copies: documentCopies(copied.ofCreated) }
  try {
    await putMetadata(target.clients.s3(config.awsRegion), config.bucket ?? '', key, doc as MetadataDocument)
  } catch (err) {
    const message = `Snapshot ${snapshotId} of ${name} was created, but its metadata was not written: ${errorMessage(err)}`
    return {
      created: createdRecord(target.accountId, kind, source, view, tags, null),
      failure: failure ?? { ...where, snapshotId, message },
      ...copies
    }
  }
  return { created: createdRecord(target.accountId, kind, source, view, tags, key), failure, ...copies }
}

/** The copy inputs, or null without copy-to-regions. */
function copyConfig(config: BackupConfig): CopyConfig | null {
  const regions = config.copyToRegions ?? []
  if (regions.length === 0) return null
  return {
    copyToRegions: regions,
    copyKmsKey: config.copyKmsKey ?? {},
    copyRetention: config.copyRetention ?? {
      retentionDays: config.retentionDays,
      keepLast: 0,
      keepDaily: 0,
      keepWeekly: 0,
      keepMonthly: 0
    },
    tags: config.tags,
    wait: config.wait
  }
}

/** The state word of a failed snapshot of the kind. */
function failedState(kind: SnapshotKind): string {
  return kind.name === 'ebs' ? 'error' : 'failed'
}

function createdRecord(
  accountId: string,
  kind: SnapshotKind,
  source: BackupSource,
  view: SnapshotView,
  tags: Record<string, string>,
  key: string | null,
  state?: string
): CreatedSnapshot {
  return {
    accountId,
    region: source.region,
    volumeId: source.id,
    volumeName: source.name,
    snapshotId: view.snapshotId,
    state: state ?? view.state,
    startTime: view.startTime.toISOString(),
    sizeGib: view.sizeGib ?? source.sizeGib ?? 0,
    expiresAt: tags[TAG_EXPIRES_AT] ?? '',
    metadataKey: key,
    ...kindField(kind)
  }
}

/** Finds the requested sources of one kind in one account, region by region; a region that cannot be described fails its sources. */
async function findAccountSources(
  target: AccountTarget,
  kind: SnapshotKind,
  refs: readonly { region: string; id: string }[]
): Promise<{ found: BackupSource[]; failures: BackupFailure[] }> {
  const byRegion = new Map<string, string[]>()
  for (const r of refs) byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), r.id])
  const found: BackupSource[] = []
  const failures: BackupFailure[] = []
  await Promise.all(
    [...byRegion].map(async ([region, ids]) => {
      try {
        found.push(...(await kind.describeSources(target.clients, region, ids)))
      } catch (err) {
        for (const id of ids) {
          failures.push({
            accountId: target.accountId,
            region,
            volumeId: id,
            snapshotId: null,
            message: `Could not describe ${label(kind, id)} in ${region}: ${errorMessage(err)}`,
            ...kindField(kind)
          })
        }
      }
    })
  )
  return { found, failures }
}

/** What a source not found in any account is called: "Volume vol-..." or "DB instance name". */
function notFoundName(kind: SnapshotKind, id: string): string {
  return kind.name === 'ebs' ? `Volume ${id}` : `${kind.noun} ${id}`
}

/**
 * Snapshots every source named in `volume`, `db-instance` and `db-cluster`, in every target account where it
 * exists, concurrently. A source found in no account is a failure naming it; every other source is still backed up.
 */
export async function runBackup(
  config: BackupConfig,
  targets: readonly AccountTarget[],
  clock: Clock,
  deps: BackupDeps
): Promise<BackupResult> {
  const now = clock.now()
  const named = sourcesOf({
    volumes: config.volumes,
    dbInstances: config.dbInstances ?? [],
    dbClusters: config.dbClusters ?? []
  })
  const kinds = (deps.kinds ?? KINDS).filter((k) => named[k.name].length > 0)
  const lookups = await forEachBounded(targets, config.maxParallelAccounts, async (target) => {
    const perKind = await Promise.all(
      kinds.map(async (kind) => ({ kind, ...(await findAccountSources(target, kind, named[kind.name])) }))
    )
    return { target, perKind }
  })
  const failures: BackupFailure[] = lookups.flatMap((l) => l.perKind.flatMap((k) => k.failures))
  const jobs: Job[] = lookups.flatMap((l) =>
    l.perKind.flatMap((k) => k.found.map((source) => ({ target: l.target, kind: k.kind, source })))
  )
  const accounts = targets.map((t) => t.accountId).filter((a) => a !== '')
  for (const kind of kinds) {
    for (const ref of named[kind.name]) {
      const same = (x: { region: string; volumeId?: string; kind?: RdsKindName }, id: string): boolean =>
        id === ref.id && x.region === ref.region && (x.kind ?? 'ebs') === kind.name
      const located = jobs.some((j) => j.kind === kind && j.source.id === ref.id && j.source.region === ref.region)
      const lookupFailed = failures.some((f) => same(f, f.volumeId))
      if (located || lookupFailed) continue
      const inAccounts =
        accounts.length === 1
          ? ` (account ${accounts[0] ?? ''})`
          : accounts.length > 1
            ? ` (accounts ${accounts.join(', ')})`
            : ''
      failures.push({
        accountId: accounts.length === 1 ? (accounts[0] ?? '') : '',
        region: ref.region,
        volumeId: ref.id,
        snapshotId: null,
        message: `${notFoundName(kind, ref.id)} was not found in ${ref.region}${inAccounts}`,
        ...kindField(kind)
      })
    }
  }
  const copyGates = deps.copyGates ?? new CopyGates(clock)
  const outcomes = await Promise.all(jobs.map((job) => backupOne(job, config, clock, { ...deps, copyGates })))
  failures.push(...outcomes.map((o) => o.failure).filter((f): f is BackupFailure => f !== null))
  const sets = await instanceSets(config, targets, clock, { ...deps, copyGates })
  const copies = [...outcomes.flatMap((o) => o.copies ?? []), ...(sets?.copies ?? [])]
  const setIds = new Set((sets?.created ?? []).map((c) => c.snapshotId))
  const lockDays = config.lockDays ?? 0
  // Snapshots of volumes and of instance sets are locked alike.
  const locked = await lockBackups(
    [...outcomes.map((o) => o.created).filter((c): c is CreatedSnapshot => c !== null), ...(sets?.created ?? [])],
    (accountId) => targets.find((t) => t.accountId === accountId)?.clients,
    { days: lockDays, mode: config.lockMode ?? 'governance' }
  )
  const lockedCopies = await lockCopies(
    copies,
    (accountId) => targets.find((t) => t.accountId === accountId)?.clients,
    { days: lockDays, mode: config.lockMode ?? 'governance' }
  )
  failures.push(...lockedCopies.failures)
  const created = locked.created.filter((c) => !setIds.has(c.snapshotId))
  const setCreated = locked.created.filter((c) => setIds.has(c.snapshotId))
  failures.push(...locked.failures)
  const notices = [
    ...(lockDays > 0 && jobs.some((j) => j.kind.name !== 'ebs') ? [rdsLockNotice(lockDays)] : []),
    ...ownRegionNotices(config.copyToRegions ?? [], jobs, sets?.sets ?? []),
    ...outcomes.flatMap((o) => o.notices ?? []),
    ...(sets?.notices ?? [])
  ]
  // Outputs follow the order of the inputs (volume, db-instance, db-cluster), then the account.
  const position = new Map(
    (['ebs', 'db-instance', 'db-cluster'] as const)
      .flatMap((k) => named[k].map((s) => sourceKey(k, null, s.region, s.id)))
      .map((key, i) => [key, i])
  )
  const at = (v: { region: string; volumeId: string; kind?: RdsKindName }): number =>
    position.get(sourceKey(v.kind ?? 'ebs', null, v.region, v.volumeId)) ?? 0
  const order = (a: { accountId: string; region: string; volumeId: string; kind?: RdsKindName }, b: typeof a): number =>
    at(a) - at(b) || a.accountId.localeCompare(b.accountId)
  const volumeJobs = jobs.filter((j) => j.kind.name === 'ebs')
  const dbJobs = jobs.filter((j) => j.kind.name !== 'ebs')
  return {
    mode: 'backup',
    generatedAt: now.toISOString(),
    accounts: targets.map((t) => t.accountId),
    created: [...created.sort(order), ...setCreated],
    failures: [...failures.sort(order), ...(sets?.failures ?? [])],
    ...(notices.length > 0 ? { notices } : {}),
    volumes: volumeJobs.map((j) => ({ ...(j.source.detail as VolumeInfo), accountId: j.target.accountId })).sort(order),
    ...(dbJobs.length > 0 || named['db-instance'].length + named['db-cluster'].length > 0
      ? {
          databases: dbJobs.map((j) => ({
            kind: j.kind.name as RdsKindName,
            accountId: j.target.accountId,
            source: j.source.detail as DbSource
          }))
        }
      : {}),
    ...(sets === null ? {} : { instanceSets: sets.sets }),
    ...((config.copyToRegions ?? []).length === 0
      ? {}
      : {
          copies: lockedCopies.copies,
          copyFailures: copies
            .filter(copyFailed)
            .map(
              (c) =>
                `Copy of ${c.sourceSnapshotId} (${label(kindNamed(c.kind ?? 'ebs'), c.volumeId)}) into ${c.region} failed: ${c.message ?? ''}`
            )
        })
  }
}

/**
 * One line per source found in a copy region (a tag selector matched it there), saying where its snapshots go
 * instead; in the order of the sources.
 */
function ownRegionNotices(
  copyToRegions: readonly string[],
  jobs: readonly Job[],
  sets: readonly InstanceSetResult[]
): string[] {
  const lines = [
    ...jobs
      .filter((j) => copyToRegions.includes(j.source.region))
      .map((j) => ownRegionNotice(notFoundName(j.kind, j.source.id), j.source.region, copyToRegions)),
    ...sets
      .filter((s) => copyToRegions.includes(s.region))
      .map((s) => ownRegionNotice(`Instance ${s.instanceId}`, s.region, copyToRegions))
  ]
  return [...new Set(lines)]
}

const createPacerByClock = new WeakMap<Clock, (accountId: string, region: string) => Pacer>()

/** The create pacers of a run (one clock per run): shared by volume snapshots and instance sets. */
function sharedCreatePacer(clock: Clock): (accountId: string, region: string) => Pacer {
  let pacer = createPacerByClock.get(clock)
  if (pacer === undefined) {
    pacer = createPacers(clock)
    createPacerByClock.set(clock, pacer)
  }
  return pacer
}

/** Backs up the instance input's instances as sets, as created snapshots and failures in the backup's own terms. */
async function instanceSets(
  config: BackupConfig,
  targets: readonly AccountTarget[],
  clock: Clock,
  deps: BackupDeps & { copyGates: CopyGates }
): Promise<{
  sets: InstanceSetResult[]
  created: CreatedSnapshot[]
  failures: BackupFailure[]
  copies: CopiedSnapshot[]
  notices: string[]
} | null> {
  const instances = config.instances ?? []
  if (instances.length === 0) return null
  const copying = copyConfig(config)
  const notices: string[] = []
  const out = await backupInstances(
    {
      ...config,
      instances,
      excludeBootVolume: config.excludeBootVolume ?? false,
      excludeVolumeTags: config.excludeVolumeTags ?? []
    },
    targets,
    clock,
    {
      workflow: deps.workflow,
      pacer: deps.createPacer ?? sharedCreatePacer(clock),
      ...(copying === null
        ? {}
        : {
            copy: async (target, source, view, deadline) => {
              const copied = await copyForSource(
                target,
                ebsKind,
                source,
                view,
                copying,
                deps.workflow,
                deps.copyGates,
                clock,
                deadline
              )
              notices.push(
                ...(await recordCatchUpCopies(
                  target.clients.s3(config.awsRegion),
                  config.bucket ?? '',
                  config.metadataPrefix,
                  ebsKind,
                  source.id,
                  view.snapshotId,
                  copied.all
                ))
              )
              return copied
            }
          })
    }
  )
  return {
    sets: out.sets,
    created: out.sets.flatMap((s) =>
      s.snapshots.map((x) => ({
        accountId: s.accountId,
        region: s.region,
        volumeId: x.volumeId,
        volumeName: null,
        snapshotId: x.snapshotId,
        state: x.state,
        startTime: x.startTime,
        sizeGib: x.sizeGib,
        expiresAt: x.expiresAt,
        metadataKey: x.metadataKey
      }))
    ),
    failures: out.failures.map((f) => ({
      accountId: f.accountId,
      region: f.region,
      volumeId: f.instanceId,
      snapshotId: null,
      message: f.message
    })),
    copies: out.copies,
    notices
  }
}
