/**
 * Disaster recovery copies: copies a completed source snapshot (EBS, DB instance, DB cluster) into each copy region,
 * paced per destination region (at most {@link COPY_CONCURRENCY} copies in flight, and the copy call's request
 * bucket), waits for them when asked, and finds the recent sources a copy region still lacks (a crash or a failed
 * copy of an earlier run), so that the next run converges.
 */
import {
  CopySnapshotCommand,
  DescribeSnapshotsCommand,
  paginateDescribeSnapshots,
  type Snapshot
} from '@aws-sdk/client-ec2'
import {
  CopyDBClusterSnapshotCommand,
  CopyDBSnapshotCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotsCommand
} from '@aws-sdk/client-rds'
import { limiter } from './bounded.js'
import { DAY_MS, type Clock } from './clock.js'
import type { ClientFactory } from './clients.js'
import { isCopy, TAG_COPY_OF, TAG_SOURCE_ID, TAG_SOURCE_REGION } from './copy-policy.js'
import { errorCode, errorMessage, isThrottle, isTransient } from './errors.js'
import { pollUntilDone } from './kinds/ebs.js'
import type { KindName, OwnedSnapshot, SnapshotKind } from './kinds/kind.js'
import { QUOTA_CODES } from './kinds/rds.js'
import { EBS_PAGE_SIZE, ebsRecord } from './listers/ebs.js'
import { TokenBucketPacer, withThrottleRetry, type DeletePacing, type Pacer } from './pacer.js'
import { tagList } from './tags.js'
import { TAG_MANAGED } from './types.js'

/** Copies in flight per destination region and account (EBS documents 20; RDS allows 20 copy requests in progress). */
export const COPY_CONCURRENCY = 20
/** The request bucket of EC2 CopySnapshot per account and region (AWS-NOTES); RDS copies draw on RDS's shared one. */
export const COPY_PACING: Readonly<Record<'ec2' | 'rds', DeletePacing>> = {
  ec2: { burst: 50, refillPerSecond: 5 },
  rds: { burst: 300, refillPerSecond: 12 }
}
/**
 * EC2's Describe request bucket per account and region (DescribeSnapshots with a filter or paging shares it with the
 * other Describe calls): the copy polls and listings of a backup are paced on it.
 */
export const DESCRIBE_PACING: DeletePacing = { burst: 100, refillPerSecond: 20 }
/** Snapshot ids in one batched poll: EC2 takes at most 200 values in one filter. */
export const POLL_BATCH = 200
/** The most earlier source snapshots one run copies per source and copy region when catching up. */
export const CATCH_UP_MAX = 5
/** Attempts at a throttled copy call before it is reported as failed. */
const COPY_ATTEMPTS = 8

/** One copy of a source snapshot in one region, as the source's metadata document and the result record it. */
export interface CopyRecord {
  region: string
  /** The copy's id; null when no copy was started. */
  snapshotId: string | null
  /** The copy's state (EBS pending/completed/error, RDS creating/available/failed), or failed / not-started. */
  state: string
  /** Why the copy failed or was not started; absent when it went well. */
  message?: string
}

/** A source snapshot to copy, with what its copies are tagged with. */
export interface CopySource {
  kind: KindName
  accountId: string
  region: string
  snapshotId: string
  /** The RDS ARN of the source snapshot (null: built from the account, region and id). */
  arn: string | null
  /** The volume, DB instance or DB cluster. */
  sourceId: string
  encrypted: boolean
  description: string
}

/** What every copy of a run shares: where, with which keys and tags, and whether to wait. */
export interface CopyPlan {
  regions: readonly string[]
  kmsKeys: Readonly<Record<string, string>>
  wait: boolean
  /** Epoch milliseconds after which the run stops waiting. */
  deadline: number
}

/**
 * Lookups by id in one account and region, batched: a lookup waits for a token of the region's Describe pacer, and
 * every lookup queued meanwhile goes into the same call (up to {@link POLL_BATCH} ids). One call is in flight at a
 * time; a failed call fails the lookups it carried, and a throttled one also empties the pacer.
 */
export class BatchedLookup<V> {
  private readonly queue = new Map<string, { resolve: (v: V | null) => void; reject: (err: unknown) => void }[]>()
  private running = false

  /** Looks up batches with `send` (which answers what it found by id) after a token of `pacer`. */
  constructor(
    private readonly send: (ids: string[]) => Promise<ReadonlyMap<string, V>>,
    private readonly pacer: Pacer
  ) {}

  /** What the next batch finds for the id, or null when it finds nothing. */
  lookup(id: string): Promise<V | null> {
    return new Promise((resolve, reject) => {
      const waiting = this.queue.get(id) ?? []
      waiting.push({ resolve, reject })
      this.queue.set(id, waiting)
      if (!this.running) void this.drain()
    })
  }

  private async drain(): Promise<void> {
    this.running = true
    try {
      while (this.queue.size > 0) {
        await this.pacer.take()
        const ids = [...this.queue.keys()].slice(0, POLL_BATCH)
        const batch = ids.map((id) => [id, this.queue.get(id) ?? []] as const)
        for (const id of ids) this.queue.delete(id)
        try {
          const found = await this.send(ids)
          for (const [id, waiting] of batch) for (const w of waiting) w.resolve(found.get(id) ?? null)
        } catch (err) {
          if (isThrottle(err)) this.pacer.penalize()
          for (const [, waiting] of batch) for (const w of waiting) w.reject(err)
        }
      }
    } catch (err) {
      for (const waiting of this.queue.values()) for (const w of waiting) w.reject(err)
      this.queue.clear()
    } finally {
      this.running = false
    }
  }
}

/**
 * The copy polls of one account and region: one DescribeSnapshots for every poll queued (a `snapshot-id` filter, so
 * an id not visible yet is simply absent instead of failing the call).
 */
export type SnapshotPoller = BatchedLookup<Snapshot>

/** One DescribeSnapshots of the given ids in one region (a filter, one page), throttling left to the caller. */
export async function describeSnapshotBatch(
  clients: ClientFactory,
  region: string,
  ids: string[]
): Promise<Snapshot[]> {
  const out = await clients.ec2Paced(region).send(
    new DescribeSnapshotsCommand({
      OwnerIds: ['self'],
      MaxResults: EBS_PAGE_SIZE,
      Filters: [{ Name: 'snapshot-id', Values: ids }]
    })
  )
  return out.Snapshots ?? []
}

/** The value of the key, made and kept on first use. */
function memo<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key)
  if (value === undefined) {
    value = make()
    map.set(key, value)
  }
  return value
}

/** The concurrency gates and request pacers of the destination regions, per account. */
export class CopyGates {
  private readonly gates = new Map<string, { run: <T>(fn: () => Promise<T>) => Promise<T>; started: number }>()
  private readonly pacers = new Map<string, Pacer>()
  private readonly pollers = new Map<string, SnapshotPoller>()
  private readonly sourceListers = new Map<string, BatchedLookup<OwnedSnapshot[]>>()
  private readonly listings = new Map<string, Promise<OwnedSnapshot[]>>()
  private readonly claimed = new Set<string>()

  /** Gates with the given concurrency per destination region (20 by default) and the given pacers. */
  constructor(
    private readonly clock: Clock,
    private readonly concurrency = COPY_CONCURRENCY,
    private readonly pacerFor?: (accountId: string, region: string, service: 'ec2' | 'rds' | 'describe') => Pacer
  ) {}

  /** The gate of one account and destination region. */
  gate(accountId: string, region: string): { run: <T>(fn: () => Promise<T>) => Promise<T>; started: number } {
    return memo(this.gates, `${accountId}/${region}`, () => ({ run: limiter(this.concurrency), started: 0 }))
  }

  /** The copy call's pacer of one account, destination region and service. */
  pacer(accountId: string, region: string, service: 'ec2' | 'rds'): Pacer {
    return this.pacerOf(accountId, region, service, COPY_PACING[service])
  }

  /** The Describe pacer of one account and region (copy polls and copy listings of the run). */
  describePacer(accountId: string, region: string): Pacer {
    return this.pacerOf(accountId, region, 'describe', DESCRIBE_PACING)
  }

  private pacerOf(accountId: string, region: string, bucket: 'ec2' | 'rds' | 'describe', pacing: DeletePacing): Pacer {
    return memo(
      this.pacers,
      `${accountId}/${region}/${bucket}`,
      () => this.pacerFor?.(accountId, region, bucket) ?? new TokenBucketPacer({ ...pacing, clock: this.clock })
    )
  }

  /** The batched EBS poller of one account and region. */
  poller(clients: ClientFactory, accountId: string, region: string): SnapshotPoller {
    return memo(
      this.pollers,
      `${accountId}/${region}`,
      () =>
        new BatchedLookup(
          async (ids) => {
            const found = await describeSnapshotBatch(clients, region, ids)
            return new Map(found.map((x) => [x.SnapshotId ?? '', x]))
          },
          this.describePacer(accountId, region)
        )
    )
  }

  /**
   * Every managed copy of the kind in one account and copy region, listed once per run (after a token of the
   * region's Describe pacer) and shared by all the sources; a listing that failed fails alike for each of them.
   */
  copiesIn(clients: ClientFactory, kind: SnapshotKind, accountId: string, region: string): Promise<OwnedSnapshot[]> {
    return memo(this.listings, `${accountId}/${region}/${kind.name}`, () =>
      this.describePacer(accountId, region)
        .take()
        .then(() => listCopies(clients, kind, accountId, region, undefined))
    )
  }

  /**
   * The managed snapshots of one source in its own region, listed together with those of the other sources of the
   * account, region and kind that ask meanwhile (one listing for up to {@link POLL_BATCH} sources).
   */
  async ownedOf(
    clients: ClientFactory,
    kind: SnapshotKind,
    accountId: string,
    region: string,
    sourceId: string
  ): Promise<OwnedSnapshot[]> {
    const lister = memo(
      this.sourceListers,
      `${accountId}/${region}/${kind.name}`,
      () =>
        new BatchedLookup(
          async (ids) => {
            const bySource = new Map<string, OwnedSnapshot[]>()
            for (const o of await kind.listOwned(clients, accountId, region, {}, ids)) {
              const id = o.record.sourceId ?? ''
              bySource.set(id, [...(bySource.get(id) ?? []), o])
            }
            return bySource
          },
          this.describePacer(accountId, region)
        )
    )
    return (await lister.lookup(sourceId)) ?? []
  }

  /**
   * Claims the copy of a source snapshot into one account and region for this run: true the first time, false when
   * another source of the run already copies it (the run's listing predates the copies it makes).
   */
  claim(accountId: string, region: string, snapshotId: string): boolean {
    const key = `${accountId}/${region}/${snapshotId}`
    if (this.claimed.has(key)) return false
    this.claimed.add(key)
    return true
  }

  /** The concurrency per destination region. */
  get limit(): number {
    return this.concurrency
  }
}

/** A copy's state as polled: done, failed (with the service's message) or still working. */
interface CopyState {
  state: string
  done: boolean
  failed: boolean
  message: string
}

/** The RDS ARN of a DB or cluster snapshot. */
export function rdsSnapshotArn(source: CopySource): string {
  if (source.arn !== null) return source.arn
  const type = source.kind === 'db-cluster' ? 'cluster-snapshot' : 'snapshot'
  return `arn:aws:rds:${source.region}:${source.accountId}:${type}:${source.snapshotId}`
}

/** Starts one copy in the destination region; answers its id and first state. */
async function startCopy(
  clients: ClientFactory,
  source: CopySource,
  region: string,
  tags: Record<string, string>,
  kmsKeyId: string | undefined
): Promise<{ snapshotId: string; state: string }> {
  if (source.kind === 'ebs') {
    const out = await clients.ec2Paced(region).send(
      new CopySnapshotCommand({
        SourceRegion: source.region,
        SourceSnapshotId: source.snapshotId,
        Description: source.description,
        ...(kmsKeyId === undefined ? {} : { Encrypted: true, KmsKeyId: kmsKeyId }),
        TagSpecifications: [{ ResourceType: 'snapshot', Tags: tagList(tags) }]
      })
    )
    return { snapshotId: out.SnapshotId ?? '', state: 'pending' }
  }
  const rds = clients.rdsPaced?.(region) ?? clients.rds(region)
  // RDS refuses KmsKeyId for an unencrypted DB cluster snapshot (a DB snapshot's copy is encrypted with it).
  const key = source.kind === 'db-cluster' && !source.encrypted ? undefined : kmsKeyId
  const common = {
    SourceRegion: source.region,
    ...(key === undefined ? {} : { KmsKeyId: key }),
    Tags: tagList(tags)
  }
  try {
    if (source.kind === 'db-cluster') {
      const out = await rds.send(
        new CopyDBClusterSnapshotCommand({
          ...common,
          SourceDBClusterSnapshotIdentifier: rdsSnapshotArn(source),
          TargetDBClusterSnapshotIdentifier: source.snapshotId
        })
      )
      return { snapshotId: source.snapshotId, state: out.DBClusterSnapshot?.Status ?? 'creating' }
    }
    const out = await rds.send(
      new CopyDBSnapshotCommand({
        ...common,
        SourceDBSnapshotIdentifier: rdsSnapshotArn(source),
        TargetDBSnapshotIdentifier: source.snapshotId
      })
    )
    return { snapshotId: source.snapshotId, state: out.DBSnapshot?.Status ?? 'creating' }
  } catch (err) {
    // The copy keeps the source's identifier: one already there is this copy, started by a run that did not finish.
    if (/AlreadyExists/.test(errorCode(err))) {
      const state = await describeCopy(clients, source.kind, region, source.snapshotId)
      if (state !== null) return { snapshotId: source.snapshotId, state: state.state }
    }
    throw err
  }
}

/** The state of a copy, or null when it is not visible (yet). */
async function describeCopy(
  clients: ClientFactory,
  kind: KindName,
  region: string,
  snapshotId: string,
  poller?: SnapshotPoller
): Promise<CopyState | null> {
  try {
    if (kind === 'ebs') {
      const s =
        poller === undefined
          ? (
              await clients
                .ec2(region)
                .send(new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId], OwnerIds: ['self'] }))
            ).Snapshots?.find((x) => x.SnapshotId === snapshotId)
          : await poller.lookup(snapshotId)
      if (s === undefined || s === null) return null
      const state = s.State ?? 'pending'
      return { state, done: state === 'completed', failed: state === 'error', message: s.StateMessage ?? '' }
    }
    const rds = clients.rds(region)
    const status =
      kind === 'db-cluster'
        ? (
            await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: snapshotId }))
          ).DBClusterSnapshots?.find((x) => x.DBClusterSnapshotIdentifier === snapshotId)?.Status
        : (await rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: snapshotId }))).DBSnapshots?.find(
            (x) => x.DBSnapshotIdentifier === snapshotId
          )?.Status
    if (status === undefined) return null
    return {
      state: status,
      done: status === 'available',
      failed: status === 'failed' || status === 'error',
      message: ''
    }
  } catch (err) {
    if (/NotFound/.test(errorCode(err))) return null
    throw err
  }
}

/** Why a copy call failed, said for the region (a KMS key, the copy limit, a region not enabled, or the service's words). */
export function copyFailureMessage(region: string, err: unknown): string {
  const code = errorCode(err)
  const message = errorMessage(err)
  if (/KMS|Kms|kms/.test(code) || /KMS|kms key/i.test(message))
    return `the KMS key is not usable in ${region} (${message}); check copy-kms-key and the key policy`
  if (QUOTA_CODES.includes(code))
    return `${region} refused the copy: the account's manual snapshot quota there is full, or too many copies into it are in progress (${message}); the next run copies it`
  if (/LimitExceeded|QuotaExceeded/.test(code))
    return `${region} refused the copy: a copy limit is reached (${message}); the next run copies it`
  if (code === 'OptInRequired' || code === 'AuthFailure' || /not enabled|opt.?in/i.test(message))
    return `${region} is not enabled for the account (${message}); enable the region or remove it from copy-to-regions`
  return message
}

/**
 * Why RDS would refuse the copy before any call, or null: an encrypted DB or cluster snapshot is copied into another
 * region only with a key of that region (EBS uses the region's default key when none is given).
 */
export function missingKeyProblem(source: CopySource, region: string, kmsKeyId: string | undefined): string | null {
  if (source.kind === 'ebs' || !source.encrypted || kmsKeyId !== undefined) return null
  return `snapshot ${source.snapshotId} is encrypted, and RDS copies an encrypted snapshot into another region only with a key of that region: add ${region}=KEY to copy-kms-key`
}

/**
 * Copies one completed source snapshot into each copy region; never throws: a region that fails gets a record
 * with state failed and a message naming the region.
 */
export async function copySnapshot(
  clients: ClientFactory,
  source: CopySource,
  plan: CopyPlan,
  tags: Record<string, string>,
  gates: CopyGates,
  clock: Clock
): Promise<CopyRecord[]> {
  return Promise.all(
    plan.regions.map(async (region): Promise<CopyRecord> => {
      const copyTags = {
        ...tags,
        [TAG_COPY_OF]: source.snapshotId,
        [TAG_SOURCE_REGION]: source.region,
        [TAG_SOURCE_ID]: source.sourceId
      }
      const problem = missingKeyProblem(source, region, plan.kmsKeys[region])
      if (problem !== null) return { region, snapshotId: null, state: 'failed', message: problem }
      const gate = gates.gate(source.accountId, region)
      const attempt = async (): Promise<CopyRecord> => {
        let started: { snapshotId: string; state: string }
        try {
          started = await withThrottleRetry(() => startCopy(clients, source, region, copyTags, plan.kmsKeys[region]), {
            pacer: gates.pacer(source.accountId, region, source.kind === 'ebs' ? 'ec2' : 'rds'),
            isThrottle,
            maxAttempts: COPY_ATTEMPTS,
            clock,
            baseDelayMs: 1000,
            maxDelayMs: 20_000,
            label: `copy of ${source.snapshotId} into ${region}`
          })
        } catch (err) {
          return { region, snapshotId: null, state: 'failed', message: copyFailureMessage(region, err) }
        }
        if (!plan.wait) return { region, snapshotId: started.snapshotId, state: started.state }
        try {
          const poller = source.kind === 'ebs' ? gates.poller(clients, source.accountId, region) : undefined
          const waited = await pollUntilDone<CopyState>(
            // A throttled or transient poll is tried again at the next interval: the copy is still in flight at
            // AWS, and keeps its gate slot until it is seen completed or failed, or the wait ends.
            async () => {
              try {
                return await describeCopy(clients, source.kind, region, started.snapshotId, poller)
              } catch (err) {
                if (isTransient(err)) return null
                throw err
              }
            },
            (s) => (s.done ? 'done' : s.failed ? 'failed' : 'working'),
            (s) => new Error(`copy ${started.snapshotId} in ${region} failed: ${s.message || 'no state message'}`),
            clock,
            plan.deadline
          )
          const state = waited.snapshot?.state ?? started.state
          if (waited.completed) return { region, snapshotId: started.snapshotId, state }
          return {
            region,
            snapshotId: started.snapshotId,
            state,
            message: `copy ${started.snapshotId} in ${region} did not complete within the wait timeout`
          }
        } catch (err) {
          return { region, snapshotId: started.snapshotId, state: 'failed', message: errorMessage(err) }
        }
      }
      if (plan.wait) return gate.run(attempt)
      // Without wait a copy stays in flight after the run: start at most the limit per region, leave the rest to the next run.
      if (gate.started >= gates.limit)
        return {
          region,
          snapshotId: null,
          state: 'not-started',
          message: `${gates.limit} copies into ${region} are already in flight in this run; the next run copies it`
        }
      gate.started += 1
      return attempt()
    })
  )
}

/** The managed copies of the given sources (all when undefined) in one copy region. */
export async function listCopies(
  clients: ClientFactory,
  kind: SnapshotKind,
  accountId: string,
  region: string,
  sourceIds: readonly string[] | undefined
): Promise<OwnedSnapshot[]> {
  if (sourceIds !== undefined && sourceIds.length === 0) return []
  if (kind.name !== 'ebs') {
    // An RDS copy keeps the DB identifier of its source, so the kind's own listing finds it.
    const owned = await kind.listOwned(clients, accountId, region, {}, sourceIds)
    return owned.filter((o) => isCopy(o.record))
  }
  const filters = [
    { Name: `tag:${TAG_MANAGED}`, Values: ['true'] },
    { Name: 'tag-key', Values: [TAG_COPY_OF] },
    ...(sourceIds === undefined ? [] : [{ Name: `tag:${TAG_SOURCE_ID}`, Values: [...sourceIds] }])
  ]
  const out: OwnedSnapshot[] = []
  const pages = paginateDescribeSnapshots(
    { client: clients.ec2(region), pageSize: EBS_PAGE_SIZE },
    { OwnerIds: ['self'], Filters: filters }
  )
  for await (const page of pages)
    for (const s of page.Snapshots ?? ([] satisfies Snapshot[]))
      out.push({
        record: ebsRecord(s, accountId, region),
        description: s.Description ?? null,
        progress: s.Progress ?? null
      })
  return out.filter((o) => isCopy(o.record))
}

/** A source snapshot that could be copied: its id, creation time and RDS ARN. */
export interface CopyCandidate {
  snapshotId: string
  createdAt: Date
  arn: string | null
  encrypted: boolean
  /** The source snapshot's tags (a set's snapshot keeps its instance and set tags on its copies); absent when unknown. */
  tags?: Readonly<Record<string, string>>
}

/**
 * The source snapshots a copy region still lacks, newest first: those newer than the newest source already copied
 * there; when none is, those within the copy retention and always the newest; at most {@link CATCH_UP_MAX}. Older
 * sources whose copies prune removed are never copied again.
 */
export function missingCopies(
  candidates: readonly CopyCandidate[],
  copies: readonly OwnedSnapshot[],
  copyRetentionDays: number,
  now: Date
): CopyCandidate[] {
  const copied = new Set(copies.map((c) => c.record.tags[TAG_COPY_OF] ?? ''))
  const newestFirst = [...candidates].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
  const known = new Set(candidates.map((c) => c.snapshotId))
  // A copy's own time only stands in for its source when the source is gone (a copy is younger than its source).
  const copiedTimes = [
    ...newestFirst.filter((c) => copied.has(c.snapshotId)).map((c) => c.createdAt.getTime()),
    ...copies.filter((c) => !known.has(c.record.tags[TAG_COPY_OF] ?? '')).map((c) => c.record.createdAt.getTime())
  ].filter((t) => !Number.isNaN(t))
  const pivot = copiedTimes.length === 0 ? null : Math.max(...copiedTimes)
  const todo =
    pivot !== null
      ? newestFirst.filter((c) => !copied.has(c.snapshotId) && c.createdAt.getTime() > pivot)
      : newestFirst.filter((c, i) => i === 0 || now.getTime() - c.createdAt.getTime() <= copyRetentionDays * DAY_MS)
  return todo.slice(0, CATCH_UP_MAX)
}
