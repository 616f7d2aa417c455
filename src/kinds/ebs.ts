/** The EBS volume kind: snapshots of EBS volumes, through EC2. */
import {
  CreateSnapshotCommand,
  DeleteSnapshotCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  type EC2Client,
  type Snapshot
} from '@aws-sdk/client-ec2'
import type { Clock } from '../clock.js'
import type { ClientFactory } from '../clients.js'
import { errorCode, errorMessage, isThrottle, isTransient } from '../errors.js'
import type { Pacer } from '../pacer.js'
import { listOwnedSnapshots } from '../listers/managed.js'
import {
  metadataDocument,
  metadataKey,
  recordFacts,
  snapshotFacts,
  unknownVolume,
  volumeInfo,
  workflowFromTags,
  type VolumeInfo
} from '../metadata.js'
import { tagList, tagMap } from '../tags.js'
import { sdkAttempts, type BackupSource, type DeleteResult, type SnapshotKind, type SnapshotView } from './kind.js'

/** Seconds EBS wants between two snapshots of the same volume; the wait after SnapshotCreationPerVolumeRateExceeded. */
export const PER_VOLUME_RATE_WAIT_MS = 15_000
/** The wait after ConcurrentSnapshotLimitExceeded (too many pending snapshots of the volume). */
export const CONCURRENT_LIMIT_WAIT_MS = 30_000
/** First and largest interval between two polls while waiting for completion (every kind). */
export const POLL_FIRST_MS = 5_000
export const POLL_MAX_MS = 30_000
/** Environment variable that overrides the first poll interval in ms (for benchmarks against a simulator). */
export const POLL_FIRST_ENV = 'SNAPSHOT_HYGIENE_POLL_FIRST_MS'

/** The first poll interval: {@link POLL_FIRST_MS}, or SNAPSHOT_HYGIENE_POLL_FIRST_MS (a positive number, at most the largest interval). */
export function pollFirstMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = (env[POLL_FIRST_ENV] ?? '').trim()
  if (raw === '') return POLL_FIRST_MS
  const n = Number(raw)
  if (!Number.isFinite(n) || n <= 0 || n > POLL_MAX_MS)
    throw new Error(
      `Environment variable ${POLL_FIRST_ENV} must be a positive number of milliseconds up to ${POLL_MAX_MS}; got '${raw.slice(0, 40)}'`
    )
  return n
}
/** EC2 accepts at most this many values in one filter. */
const FILTER_VALUES = 200

const RATE_CODES: Readonly<Record<string, number>> = {
  SnapshotCreationPerVolumeRateExceeded: PER_VOLUME_RATE_WAIT_MS,
  ConcurrentSnapshotLimitExceeded: CONCURRENT_LIMIT_WAIT_MS
}

/** Describes the named volumes of one region (a filter of at most 200 ids a call, so missing ones are simply absent). */
export async function describeVolumes(
  ec2: EC2Client,
  region: string,
  volumeIds: readonly string[]
): Promise<VolumeInfo[]> {
  const found: VolumeInfo[] = []
  for (let i = 0; i < volumeIds.length; i += FILTER_VALUES) {
    const chunk = volumeIds.slice(i, i + FILTER_VALUES)
    const out = await ec2.send(new DescribeVolumesCommand({ Filters: [{ Name: 'volume-id', Values: chunk }] }))
    for (const v of out.Volumes ?? [])
      if (v.VolumeId !== undefined && chunk.includes(v.VolumeId)) found.push(volumeInfo(v, region))
  }
  return found
}

/** Attempts of one CreateSnapshot while EC2 answers RequestLimitExceeded. */
export const CREATE_THROTTLE_ATTEMPTS = 8

/**
 * CreateSnapshot, waiting out EBS's per-volume rate (and its concurrent-snapshot limit) until the deadline. With a
 * pacer, every attempt takes a token of the creation bucket first, and a throttled attempt (RequestLimitExceeded)
 * empties the pacer and is tried again after a backoff; `ec2` should then leave throttling to the caller
 * (`ec2Paced`), or the SDK's own retries would spend the bucket behind the pacer's back.
 */
export async function createSnapshotPatiently(
  ec2: EC2Client,
  input: { VolumeId: string; Description: string; Tags: Record<string, string> },
  clock: Clock,
  deadline: number,
  pacer?: Pacer
): Promise<Snapshot> {
  const command = new CreateSnapshotCommand({
    VolumeId: input.VolumeId,
    Description: input.Description,
    TagSpecifications: [{ ResourceType: 'snapshot', Tags: tagList(input.Tags) }]
  })
  let throttled = 0
  for (;;) {
    try {
      await pacer?.take()
      return await ec2.send(command)
    } catch (err) {
      if (pacer !== undefined && isThrottle(err)) {
        pacer.penalize()
        if (++throttled >= CREATE_THROTTLE_ATTEMPTS) throw err
        await clock.sleep(Math.min(20_000, 500 * 2 ** throttled))
        continue
      }
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

/** Thrown when a snapshot ends in a failed state. */
export class SnapshotFailedError extends Error {
  readonly stateMessage: string

  constructor(snapshotId: string, stateMessage: string, service = 'EBS') {
    super(`Snapshot ${snapshotId} failed: ${stateMessage || `${service} gave no state message`}`)
    this.name = 'SnapshotFailedError'
    this.stateMessage = stateMessage || `${service} gave no state message`
  }
}

/** The outcome of waiting: the last description seen, and whether it completed in time. */
export interface WaitOutcome<T> {
  snapshot: T | null
  completed: boolean
}

/**
 * Polls until the snapshot is done (or the deadline), doubling the interval from {@link pollFirstMs} to
 * {@link POLL_MAX_MS}; `describe` answers null while the snapshot is not visible yet, and throws on a real error.
 */
export async function pollUntilDone<T>(
  describe: () => Promise<T | null>,
  state: (s: T) => 'done' | 'failed' | 'working',
  failure: (s: T) => Error,
  clock: Clock,
  deadline: number
): Promise<WaitOutcome<T>> {
  let last: T | null = null
  for (let interval = pollFirstMs(); ; interval = Math.min(POLL_MAX_MS, interval * 2)) {
    last = (await describe()) ?? last
    if (last !== null && state(last) === 'done') return { snapshot: last, completed: true }
    if (last !== null && state(last) === 'failed') throw failure(last)
    const now = clock.now().getTime()
    if (now >= deadline) return { snapshot: last, completed: false }
    await clock.sleep(Math.min(interval, deadline - now))
  }
}

/** Polls DescribeSnapshots until the snapshot is completed (or the deadline); throws SnapshotFailedError on the error state. */
export function waitForSnapshot(
  ec2: EC2Client,
  snapshotId: string,
  clock: Clock,
  deadline: number,
  poll?: (snapshotId: string) => Promise<Snapshot | null>
): Promise<WaitOutcome<Snapshot>> {
  return pollUntilDone<Snapshot>(
    async () => {
      try {
        if (poll !== undefined) return await poll(snapshotId)
        const out = await ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId], OwnerIds: ['self'] }))
        return out.Snapshots?.find((s) => s.SnapshotId === snapshotId) ?? null
      } catch (err) {
        // A new snapshot can take a moment to become visible, and a throttled or transient poll is tried again at
        // the next interval; anything else is a real error.
        if (errorCode(err) !== 'InvalidSnapshot.NotFound' && !isTransient(err)) throw err
        return null
      }
    },
    (s) => (s.State === 'completed' ? 'done' : s.State === 'error' ? 'failed' : 'working'),
    (s) => new SnapshotFailedError(snapshotId, s.StateMessage ?? ''),
    clock,
    deadline
  )
}

/** The shared view of an EC2 snapshot. */
export function ebsView(s: Snapshot): SnapshotView<Snapshot> {
  return {
    snapshotId: s.SnapshotId ?? '',
    state: s.State ?? 'pending',
    done: s.State === 'completed',
    failed: s.State === 'error',
    stateMessage: s.StateMessage ?? '',
    progress: s.Progress ? s.Progress : null,
    startTime: s.StartTime ?? new Date(0),
    sizeGib: s.VolumeSize ?? null,
    tags: tagMap(s.Tags),
    raw: s
  }
}

/** The error DeleteSnapshot answers for a snapshot under an EBS snapshot lock. */
export const SNAPSHOT_LOCKED = 'SnapshotLocked'

/** Sorts a DeleteSnapshot error: in use by an AMI, locked, managed by AWS Backup, already gone, or a real error. */
export function classifyEbsDeleteError(err: unknown): DeleteResult {
  const code = errorCode(err)
  const message = errorMessage(err)
  if (code === 'InvalidSnapshot.NotFound') return { kind: 'gone' }
  if (code === 'InvalidSnapshot.InUse') return { kind: 'in-use', message }
  if (code === SNAPSHOT_LOCKED) return { kind: 'locked', message }
  if (/AWS Backup/i.test(message)) return { kind: 'aws-backup', message }
  return { kind: 'error', message }
}

/** Snapshot ids (of the given ones) that exist in the region, owned by the account. */
export async function existingEbsSnapshots(ec2: EC2Client, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>()
  for (let i = 0; i < ids.length; i += FILTER_VALUES) {
    const out = await ec2.send(
      new DescribeSnapshotsCommand({
        OwnerIds: ['self'],
        MaxResults: 1000,
        Filters: [{ Name: 'snapshot-id', Values: ids.slice(i, i + FILTER_VALUES) }]
      })
    )
    for (const s of out.Snapshots ?? []) if (s.SnapshotId !== undefined) found.add(s.SnapshotId)
  }
  return found
}

/** The EBS volume kind. */
export const ebsKind: SnapshotKind<VolumeInfo, Snapshot> = {
  name: 'ebs',
  service: 'ebs',
  noun: 'volume',
  input: 'volume',
  bucket: 'ec2-snapshot',
  deleteOperation: 'DeleteSnapshot',
  listOperation: 'DescribeSnapshots',
  listLabel: 'managed EBS snapshots',
  doneState: 'completed',
  listOwned: (clients, accountId, region, pruneTags, sourceIds) =>
    listOwnedSnapshots(clients.ec2(region), accountId, region, pruneTags, sourceIds),
  async sendDelete(clients: ClientFactory, region: string, snapshotId: string): Promise<number> {
    const out = await clients.ec2Paced(region).send(new DeleteSnapshotCommand({ SnapshotId: snapshotId }))
    return sdkAttempts(out)
  },
  classifyDeleteError: classifyEbsDeleteError,
  existing: (clients, region, ids) => existingEbsSnapshots(clients.ec2(region), ids),
  async describeSources(clients, region, ids): Promise<BackupSource<VolumeInfo>[]> {
    const volumes = await describeVolumes(clients.ec2(region), region, ids)
    return volumes.map((v) => ({ id: v.volumeId, region, name: v.name, sizeGib: v.sizeGib, detail: v }))
  },
  snapshotIdFor: () => '',
  async create(clients, source, request, clock, deadline) {
    // Paced creates leave throttling to the pacer: a retry takes a new token like the first attempt.
    const s = await createSnapshotPatiently(
      request.pacer === undefined ? clients.ec2(source.region) : clients.ec2Paced(source.region),
      { VolumeId: source.id, Description: request.description, Tags: request.tags },
      clock,
      deadline,
      request.pacer
    )
    return ebsView({ ...s, Tags: s.Tags ?? tagList(request.tags) })
  },
  async wait(clients, region, created, clock, deadline, poll) {
    const out = await waitForSnapshot(clients.ec2(region), created.snapshotId, clock, deadline, poll)
    return { view: ebsView({ ...created.raw, ...(out.snapshot ?? {}) }), completed: out.completed }
  },
  repairMetadata(owned, source, context) {
    const r = owned.record
    const sourceId = r.sourceId ?? ''
    return {
      key: metadataKey(context.prefix, sourceId, r.snapshotId),
      doc: metadataDocument(
        recordFacts(r, owned),
        source?.detail ?? unknownVolume(sourceId, r.region),
        workflowFromTags(r.tags),
        context.writtenBy,
        context.now
      )
    }
  },
  metadataKeyOf: (prefix, sourceId, snapshotId) => metadataKey(prefix, sourceId, snapshotId),
  metadata(view, source, accountId, context) {
    const s = view.raw
    return {
      key: metadataKey(context.prefix, source.id, view.snapshotId),
      doc: metadataDocument(
        snapshotFacts({ ...s, Tags: s.Tags ?? tagList(view.tags) }, accountId, source.region),
        source.detail,
        context.workflow,
        context.writtenBy,
        context.now
      )
    }
  }
}
