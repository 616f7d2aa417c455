import {
  CreateSnapshotCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  type EC2Client,
  type Snapshot
} from '@aws-sdk/client-ec2'
import type { AccountTarget } from '../accounts.js'
import { forEachBounded } from '../bounded.js'
import { MINUTE_MS, type Clock } from '../clock.js'
import { errorCode, errorMessage } from '../errors.js'
import type { Config, VolumeRef } from '../inputs.js'
import { backupDescription, backupTags } from '../backup-tags.js'
import {
  metadataDocument,
  metadataKey,
  putMetadata,
  snapshotFacts,
  volumeInfo,
  type VolumeInfo,
  type WorkflowContext
} from '../metadata.js'
import { tagList } from '../tags.js'
import { TAG_EXPIRES_AT, volumeKey } from '../types.js'

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
>

/** What backup needs besides config, clients and clock. */
export interface BackupDeps {
  /** The workflow run, recorded in tags and metadata. */
  workflow: WorkflowContext
}

/** A snapshot this run created. */
export interface CreatedSnapshot {
  accountId: string
  region: string
  volumeId: string
  volumeName: string | null
  snapshotId: string
  /** completed, or pending when not waited for (or the wait timed out), or error. */
  state: string
  startTime: string
  sizeGib: number
  expiresAt: string
  /** The S3 key of its metadata; null when none was written. */
  metadataKey: string | null
}

/** A volume whose backup did not succeed, and why. */
export interface BackupFailure {
  accountId: string
  region: string
  volumeId: string
  snapshotId: string | null
  message: string
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
}

/** A volume found in one account. */
export type AccountVolume = VolumeInfo & { accountId: string }

/** Seconds EBS wants between two snapshots of the same volume; the wait after SnapshotCreationPerVolumeRateExceeded. */
export const PER_VOLUME_RATE_WAIT_MS = 15_000
/** The wait after ConcurrentSnapshotLimitExceeded (too many pending snapshots of the volume). */
export const CONCURRENT_LIMIT_WAIT_MS = 30_000
/** First and largest interval between two DescribeSnapshots polls while waiting for completion. */
export const POLL_FIRST_MS = 5_000
export const POLL_MAX_MS = 30_000
/** EC2 accepts at most this many values in one filter. */
const FILTER_VALUES = 200

const RATE_CODES: Readonly<Record<string, number>> = {
  SnapshotCreationPerVolumeRateExceeded: PER_VOLUME_RATE_WAIT_MS,
  ConcurrentSnapshotLimitExceeded: CONCURRENT_LIMIT_WAIT_MS
}

/** Describes the named volumes of one region (a filter of at most 200 ids a call, so missing ones are simply absent). */
async function describeVolumes(ec2: EC2Client, region: string, volumeIds: readonly string[]): Promise<VolumeInfo[]> {
  const found: VolumeInfo[] = []
  for (let i = 0; i < volumeIds.length; i += FILTER_VALUES) {
    const chunk = volumeIds.slice(i, i + FILTER_VALUES)
    const out = await ec2.send(new DescribeVolumesCommand({ Filters: [{ Name: 'volume-id', Values: chunk }] }))
    for (const v of out.Volumes ?? [])
      if (v.VolumeId !== undefined && chunk.includes(v.VolumeId)) found.push(volumeInfo(v, region))
  }
  return found
}

/** CreateSnapshot, waiting out EBS's per-volume rate (and its concurrent-snapshot limit) until the deadline. */
export async function createSnapshotPatiently(
  ec2: EC2Client,
  input: { VolumeId: string; Description: string; Tags: Record<string, string> },
  clock: Clock,
  deadline: number
): Promise<Snapshot> {
  const command = new CreateSnapshotCommand({
    VolumeId: input.VolumeId,
    Description: input.Description,
    TagSpecifications: [{ ResourceType: 'snapshot', Tags: tagList(input.Tags) }]
  })
  for (;;) {
    try {
      return await ec2.send(command)
    } catch (err) {
      const waitMs = RATE_CODES[errorCode(err)]
      if (waitMs === undefined) throw err
      if (clock.now().getTime() + waitMs > deadline) {
        throw new Error(
          `EBS still refused a new snapshot of ${input.VolumeId} when the wait timeout ran out: ${errorMessage(err)}`,
          { cause: err }
        )
      }
      await clock.sleep(waitMs)
    }
  }
}

/** Thrown when a snapshot ends in the error state. */
export class SnapshotFailedError extends Error {
  readonly stateMessage: string

  constructor(snapshotId: string, stateMessage: string) {
    super(`Snapshot ${snapshotId} failed: ${stateMessage || 'EBS gave no state message'}`)
    this.name = 'SnapshotFailedError'
    this.stateMessage = stateMessage || 'EBS gave no state message'
  }
}

/** The outcome of waiting: the last description seen, and whether it completed in time. */
export interface WaitOutcome {
  snapshot: Snapshot | null
  completed: boolean
}

/** Polls DescribeSnapshots until the snapshot is completed (or the deadline); throws SnapshotFailedError on the error state. */
export async function waitForSnapshot(
  ec2: EC2Client,
  snapshotId: string,
  clock: Clock,
  deadline: number
): Promise<WaitOutcome> {
  let last: Snapshot | null = null
  for (let interval = POLL_FIRST_MS; ; interval = Math.min(POLL_MAX_MS, interval * 2)) {
    try {
      const out = await ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId], OwnerIds: ['self'] }))
      last = out.Snapshots?.find((s) => s.SnapshotId === snapshotId) ?? last
    } catch (err) {
      // A new snapshot can take a moment to become visible; anything else is a real error.
      if (errorCode(err) !== 'InvalidSnapshot.NotFound') throw err
    }
    if (last?.State === 'completed') return { snapshot: last, completed: true }
    if (last?.State === 'error') throw new SnapshotFailedError(snapshotId, last.StateMessage ?? '')
    const now = clock.now().getTime()
    if (now >= deadline) return { snapshot: last, completed: false }
    await clock.sleep(Math.min(interval, deadline - now))
  }
}

interface VolumeJob {
  target: AccountTarget
  volume: VolumeInfo
}

/** Snapshots one volume, waits when asked, and writes its metadata; never throws. */
async function backupVolume(
  job: VolumeJob,
  config: BackupConfig,
  clock: Clock,
  deps: BackupDeps
): Promise<{ created: CreatedSnapshot | null; failure: BackupFailure | null }> {
  const { target, volume } = job
  const where = { accountId: target.accountId, region: volume.region, volumeId: volume.volumeId }
  const now = clock.now()
  const deadline = now.getTime() + config.waitTimeoutMinutes * MINUTE_MS
  const ec2 = target.clients.ec2(volume.region)
  const tags = backupTags(config, volume, deps.workflow, now)
  let snapshot: Snapshot
  try {
    snapshot = await createSnapshotPatiently(
      ec2,
      {
        VolumeId: volume.volumeId,
        Description: backupDescription(config.description, volume.volumeId, deps.workflow),
        Tags: tags
      },
      clock,
      deadline
    )
  } catch (err) {
    return {
      created: null,
      failure: { ...where, snapshotId: null, message: `Could not snapshot ${volume.volumeId}: ${errorMessage(err)}` }
    }
  }
  const snapshotId = snapshot.SnapshotId ?? ''
  let failure: BackupFailure | null = null
  if (config.wait && snapshot.State !== 'completed') {
    try {
      const waited = await waitForSnapshot(ec2, snapshotId, clock, deadline)
      snapshot = { ...snapshot, ...(waited.snapshot ?? {}) }
      if (!waited.completed) {
        const progress = snapshot.Progress ? ` (progress ${snapshot.Progress})` : ''
        failure = {
          ...where,
          snapshotId,
          message: `Snapshot ${snapshotId} of ${volume.volumeId} did not complete within ${config.waitTimeoutMinutes} minute${config.waitTimeoutMinutes === 1 ? '' : 's'}${progress}; its metadata records state ${snapshot.State ?? 'pending'}`
        }
      }
    } catch (err) {
      const failed = err instanceof SnapshotFailedError
      const created = createdRecord(target.accountId, volume, snapshot, tags, null, failed ? 'error' : undefined)
      const message = failed
        ? `Snapshot ${snapshotId} of ${volume.volumeId} failed: ${err.stateMessage}`
        : `Could not wait for ${snapshotId} of ${volume.volumeId}: ${errorMessage(err)}`
      return { created, failure: { ...where, snapshotId, message } }
    }
  }
  const key = metadataKey(config.metadataPrefix, volume.volumeId, snapshotId)
  const doc = metadataDocument(
    snapshotFacts({ ...snapshot, Tags: snapshot.Tags ?? tagList(tags) }, target.accountId, volume.region),
    volume,
    deps.workflow,
    'backup',
    clock.now()
  )
  try {
    await putMetadata(target.clients.s3(config.awsRegion), config.bucket ?? '', key, doc)
  } catch (err) {
    const message = `Snapshot ${snapshotId} of ${volume.volumeId} was created, but its metadata was not written: ${errorMessage(err)}`
    return {
      created: createdRecord(target.accountId, volume, snapshot, tags, null),
      failure: failure ?? { ...where, snapshotId, message }
    }
  }
  return { created: createdRecord(target.accountId, volume, snapshot, tags, key), failure }
}

function createdRecord(
  accountId: string,
  volume: VolumeInfo,
  s: Snapshot,
  tags: Record<string, string>,
  key: string | null,
  state?: string
): CreatedSnapshot {
  return {
    accountId,
    region: volume.region,
    volumeId: volume.volumeId,
    volumeName: volume.name,
    snapshotId: s.SnapshotId ?? '',
    state: state ?? s.State ?? 'pending',
    startTime: (s.StartTime ?? new Date(0)).toISOString(),
    sizeGib: s.VolumeSize ?? volume.sizeGib ?? 0,
    expiresAt: tags[TAG_EXPIRES_AT] ?? '',
    metadataKey: key
  }
}

/** Finds the requested volumes in one account, region by region; a region that cannot be described fails its volumes. */
async function findAccountVolumes(
  target: AccountTarget,
  refs: readonly VolumeRef[]
): Promise<{ found: VolumeInfo[]; failures: BackupFailure[] }> {
  const byRegion = new Map<string, string[]>()
  for (const r of refs) byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), r.volumeId])
  const found: VolumeInfo[] = []
  const failures: BackupFailure[] = []
  await Promise.all(
    [...byRegion].map(async ([region, ids]) => {
      try {
        found.push(...(await describeVolumes(target.clients.ec2(region), region, ids)))
      } catch (err) {
        for (const volumeId of ids) {
          failures.push({
            accountId: target.accountId,
            region,
            volumeId,
            snapshotId: null,
            message: `Could not describe ${volumeId} in ${region}: ${errorMessage(err)}`
          })
        }
      }
    })
  )
  return { found, failures }
}

/**
 * Snapshots every volume named in `volume`, in every target account where it exists, concurrently.
 * A volume found in no account is a failure naming it; every other volume is still backed up.
 */
export async function runBackup(
  config: BackupConfig,
  targets: readonly AccountTarget[],
  clock: Clock,
  deps: BackupDeps
): Promise<BackupResult> {
  const now = clock.now()
  const lookups = await forEachBounded(targets, config.maxParallelAccounts, async (target) => ({
    target,
    ...(await findAccountVolumes(target, config.volumes))
  }))
  const failures: BackupFailure[] = lookups.flatMap((l) => l.failures)
  const jobs: VolumeJob[] = lookups.flatMap((l) => l.found.map((volume) => ({ target: l.target, volume })))
  for (const ref of config.volumes) {
    const located = jobs.some((j) => j.volume.volumeId === ref.volumeId && j.volume.region === ref.region)
    const lookupFailed = failures.some((f) => f.volumeId === ref.volumeId && f.region === ref.region)
    if (located || lookupFailed) continue
    const accounts = targets.map((t) => t.accountId).filter((a) => a !== '')
    const inAccounts =
      accounts.length === 1
        ? ` (account ${accounts[0] ?? ''})`
        : accounts.length > 1
          ? ` (accounts ${accounts.join(', ')})`
          : ''
    failures.push({
      accountId: accounts.length === 1 ? (accounts[0] ?? '') : '',
      region: ref.region,
      volumeId: ref.volumeId,
      snapshotId: null,
      message: `Volume ${ref.volumeId} was not found in ${ref.region}${inAccounts}`
    })
  }
  const outcomes = await Promise.all(jobs.map((job) => backupVolume(job, config, clock, deps)))
  const created = outcomes.map((o) => o.created).filter((c): c is CreatedSnapshot => c !== null)
  failures.push(...outcomes.map((o) => o.failure).filter((f): f is BackupFailure => f !== null))
  // Outputs follow the order of the volume input, then the account.
  const position = new Map(config.volumes.map((v, i) => [volumeKey(null, v.region, v.volumeId), i]))
  const at = (v: { region: string; volumeId: string }): number =>
    position.get(volumeKey(null, v.region, v.volumeId)) ?? 0
  const order = (a: { accountId: string; region: string; volumeId: string }, b: typeof a): number =>
    at(a) - at(b) || a.accountId.localeCompare(b.accountId)
  return {
    mode: 'backup',
    generatedAt: now.toISOString(),
    accounts: targets.map((t) => t.accountId),
    created: created.sort(order),
    failures: failures.sort(order),
    volumes: jobs.map((j) => ({ ...j.volume, accountId: j.target.accountId })).sort(order)
  }
}
