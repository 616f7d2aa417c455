/**
 * Exact billed sizes of EBS lineages from the EBS direct APIs: the first snapshot's written blocks
 * (ListSnapshotBlocks), then for each later one the blocks that changed since its predecessor (ListChangedBlocks),
 * snapshots ordered by start time. Calls are paced per account, region and action under the APIs' request limits.
 * Archived snapshots cannot be read this way: they are skipped and priced on their full size at the archive price.
 */
import {
  ListChangedBlocksCommand,
  ListSnapshotBlocksCommand,
  type EBSClient,
  type ListChangedBlocksCommandOutput,
  type ListSnapshotBlocksCommandOutput
} from '@aws-sdk/client-ebs'
import { forEachBounded } from './bounded.js'
import type { Clock } from './clock.js'
import type { LineageCost, LineageSnapshot } from './cost-range.js'
import { errorCode, errorMessage, isThrottle } from './errors.js'
import { TokenBucketPacer, withThrottleRetry, type Pacer } from './pacer.js'
import { pricePerGibMonth } from './pricing.js'

/** ListSnapshotBlocks and ListChangedBlocks requests per second, per account and region, each (EBS quotas). */
export const EBS_LIST_RATE = 50
/** The largest page of blocks the EBS direct APIs return. */
export const EBS_BLOCK_PAGE = 10_000
/** The block size of EBS snapshots, in bytes, when a response does not state it. */
export const EBS_BLOCK_BYTES = 524_288
/** Attempts of one page request under throttling. */
export const MEASURE_MAX_ATTEMPTS = 8

const BYTES_PER_GIB = 1024 ** 3

/** A lineage to measure, with its snapshots. */
export interface MeasureTarget {
  lineage: LineageCost
  snapshots: readonly LineageSnapshot[]
}

/** One measured lineage: its exact standard-tier GiB and the cost with its archived snapshots. */
export interface LineageMeasurement {
  lineage: LineageCost
  /** Unique blocks of the measured standard-tier snapshots, in GiB. */
  exactGib: number
  /** Standard-tier snapshots that could not be measured (not completed), counted at their upper bound. */
  unmeasured: number
  unmeasuredGib: number
  /** Exact standard cost plus the archived snapshots at the archive price (and unmeasured ones at their bound). */
  exactUsd: number
  measuredSnapshots: number
  skippedArchived: number
}

/** A lineage whose measurement failed, and why. */
export interface MeasureFailure {
  lineage: LineageCost
  message: string
}

/** What measuring found. */
export interface MeasureResult {
  requested: number
  measured: LineageMeasurement[]
  failures: MeasureFailure[]
  /** Archived snapshots in the measured lineages, skipped (the EBS direct APIs cannot read them). */
  skippedArchived: number
  calls: { listSnapshotBlocks: number; listChangedBlocks: number; throttled: number }
}

/** How to reach the EBS direct APIs, and how fast. */
export interface MeasureDeps {
  ebs: (accountId: string, region: string) => EBSClient
  clock: Clock
  /** Requests per second and burst per account, region and action; default EBS_LIST_RATE. */
  rate?: number
  /** Page requests in flight at most per account and region; default 8 (50 ms calls keep 100 a second going). */
  concurrency?: number
  random?: () => number
}

type Step =
  | { kind: 'full'; target: number; snapshotId: string }
  | { kind: 'changed'; target: number; snapshotId: string; previousId: string }

interface Tally {
  bytes: number
  error: string | null
}

/** The order of a lineage: by start time, then id. */
function byStart(a: LineageSnapshot, b: LineageSnapshot): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || a.snapshotId.localeCompare(b.snapshotId)
}

/** The standard-tier snapshots of a lineage that can be measured, oldest first. */
export function measurableSnapshots(snapshots: readonly LineageSnapshot[]): LineageSnapshot[] {
  return snapshots.filter((s) => s.storageTier !== 'archive' && s.state === 'completed').sort(byStart)
}

/** The steps measuring a lineage takes: the blocks of its oldest snapshot, then each neighbour pair's changes. */
export function measureSteps(target: number, snapshots: readonly LineageSnapshot[]): Step[] {
  return measurableSnapshots(snapshots).map((s, i, all) => {
    const previous = all[i - 1]
    return previous === undefined
      ? { kind: 'full', target, snapshotId: s.snapshotId }
      : { kind: 'changed', target, snapshotId: s.snapshotId, previousId: previous.snapshotId }
  })
}

class Calls {
  listSnapshotBlocks = 0
  listChangedBlocks = 0
  throttled = 0
}

/** Measures the given lineages; a lineage that fails is reported with its message and the others go on. */
export async function measureLineages(targets: readonly MeasureTarget[], deps: MeasureDeps): Promise<MeasureResult> {
  const rate = deps.rate ?? EBS_LIST_RATE
  const pacers = new Map<string, Pacer>()
  const pacer = (accountId: string, region: string, action: string): Pacer => {
    const key = `${accountId}/${region}/${action}`
    let p = pacers.get(key)
    if (p === undefined) {
      p = new TokenBucketPacer({ burst: rate, refillPerSecond: rate, clock: deps.clock })
      pacers.set(key, p)
    }
    return p
  }
  const calls = new Calls()
  const tallies: Tally[] = targets.map(() => ({ bytes: 0, error: null }))
  // Each account and region has its own request buckets: its steps run in their own bounded queue, so that steps
  // waiting for one region's pacer never hold up another region's.
  const queues = new Map<string, Step[]>()
  targets.forEach((t, i) => {
    const key = `${t.lineage.accountId}/${t.lineage.region}`
    const queue = queues.get(key) ?? []
    queue.push(...measureSteps(i, t.snapshots))
    queues.set(key, queue)
  })
  const run = async (step: Step): Promise<void> => {
    const tally = tallies[step.target]
    const target = targets[step.target]
    if (tally === undefined || target === undefined || tally.error !== null) return
    const { accountId, region } = target.lineage
    const client = deps.ebs(accountId, region)
    const paced = <T>(action: string, label: string, fn: () => Promise<T>): Promise<T> =>
      withThrottleRetry(
        async () => {
          try {
            return await fn()
          } catch (err) {
            if (isThrottle(err)) calls.throttled += 1
            throw err
          }
        },
        {
          pacer: pacer(accountId, region, action),
          isThrottle,
          maxAttempts: MEASURE_MAX_ATTEMPTS,
          clock: deps.clock,
          baseDelayMs: 200,
          maxDelayMs: 5_000,
          random: deps.random,
          label: `${action} ${label} in ${region} (account ${accountId})`
        }
      )
    try {
      // Read the step's bytes before adding: `tally.bytes += await ...` would add to a total read before the await,
      // and lose what the lineage's other steps added meanwhile.
      const bytes = await stepBytes(client, step, paced, calls)
      tally.bytes += bytes
    } catch (err) {
      tally.error = measureError(err)
    }
  }
  await Promise.all([...queues.values()].map((steps) => forEachBounded(steps, deps.concurrency ?? 8, run)))
  const measured: LineageMeasurement[] = []
  const failures: MeasureFailure[] = []
  let skippedArchived = 0
  targets.forEach((t, i) => {
    const tally = tallies[i] ?? { bytes: 0, error: 'not measured' }
    skippedArchived += t.lineage.archived
    if (tally.error !== null) {
      failures.push({ lineage: t.lineage, message: tally.error })
      return
    }
    measured.push(measurement(t, tally.bytes))
  })
  return {
    requested: targets.length,
    measured,
    failures,
    skippedArchived,
    calls: {
      listSnapshotBlocks: calls.listSnapshotBlocks,
      listChangedBlocks: calls.listChangedBlocks,
      throttled: calls.throttled
    }
  }
}

function measurement(t: MeasureTarget, bytes: number): LineageMeasurement {
  const measurable = new Set(measurableSnapshots(t.snapshots).map((s) => s.snapshotId))
  const standard = t.snapshots.filter((s) => s.storageTier !== 'archive')
  const unmeasured = standard.filter((s) => !measurable.has(s.snapshotId)).length
  // A snapshot not yet completed adds at most its share of the upper bound; without its full size, count an even share.
  const unmeasuredGib = standard.length === 0 ? 0 : (t.lineage.highGib * unmeasured) / standard.length
  const exactGib = bytes / BYTES_PER_GIB
  const exactUsd =
    (exactGib + unmeasuredGib) * pricePerGibMonth('ebs', 'standard') +
    t.lineage.archiveGib * pricePerGibMonth('ebs', 'archive')
  return {
    lineage: t.lineage,
    exactGib,
    unmeasured,
    unmeasuredGib,
    exactUsd,
    measuredSnapshots: measurable.size,
    skippedArchived: t.lineage.archived
  }
}

/** The bytes one step adds to its lineage. */
async function stepBytes(client: EBSClient, step: Step, paced: Paced, calls: Calls): Promise<number> {
  if (step.kind === 'full') return snapshotBytes(client, step.snapshotId, paced, calls)
  try {
    return await changedBytes(client, step.previousId, step.snapshotId, paced, calls)
  } catch (err) {
    // Two snapshots of one volume id that are not of one lineage (the volume was rebuilt): count the later in full.
    if (errorCode(err) !== 'ValidationException') throw err
    return snapshotBytes(client, step.snapshotId, paced, calls)
  }
}

type Paced = <T>(action: string, label: string, fn: () => Promise<T>) => Promise<T>

/** The bytes of every written block of a snapshot, page by page. */
async function snapshotBytes(client: EBSClient, snapshotId: string, paced: Paced, calls: Calls): Promise<number> {
  let bytes = 0
  let token: string | undefined
  do {
    const page: ListSnapshotBlocksCommandOutput = await paced('ListSnapshotBlocks', snapshotId, () => {
      calls.listSnapshotBlocks += 1
      return client.send(
        new ListSnapshotBlocksCommand({
          SnapshotId: snapshotId,
          MaxResults: EBS_BLOCK_PAGE,
          ...(token === undefined ? {} : { NextToken: token })
        })
      )
    })
    bytes += (page.Blocks ?? []).length * (page.BlockSize ?? EBS_BLOCK_BYTES)
    token = nextToken(page.NextToken, token, snapshotId)
  } while (token !== undefined)
  return bytes
}

/** The bytes of the blocks a snapshot wrote that differ from its predecessor's, page by page. */
async function changedBytes(
  client: EBSClient,
  previousId: string,
  snapshotId: string,
  paced: Paced,
  calls: Calls
): Promise<number> {
  let bytes = 0
  let token: string | undefined
  do {
    const page: ListChangedBlocksCommandOutput = await paced(
      'ListChangedBlocks',
      `${previousId}..${snapshotId}`,
      () => {
        calls.listChangedBlocks += 1
        return client.send(
          new ListChangedBlocksCommand({
            FirstSnapshotId: previousId,
            SecondSnapshotId: snapshotId,
            MaxResults: EBS_BLOCK_PAGE,
            ...(token === undefined ? {} : { NextToken: token })
          })
        )
      }
    )
    // A block only in the first snapshot (no second token) was not written by the second: it adds nothing to its bill.
    const written = (page.ChangedBlocks ?? []).filter((b) => b.SecondBlockToken !== undefined).length
    bytes += written * (page.BlockSize ?? EBS_BLOCK_BYTES)
    token = nextToken(page.NextToken, token, `${previousId}..${snapshotId}`)
  } while (token !== undefined)
  return bytes
}

/** The next page's token; a token that repeats the last one would loop forever, so it ends the listing with an error. */
function nextToken(next: string | undefined, last: string | undefined, what: string): string | undefined {
  if (next === undefined || next === '') return undefined
  if (next === last) throw new Error(`the EBS direct APIs returned the same page token twice for ${what}`)
  return next
}

/** A measurement error on one line, naming the fix for the ones with a known fix. */
function measureError(err: unknown): string {
  const code = errorCode(err)
  if (code === 'AccessDeniedException' || code === 'AccessDenied') {
    return `${errorMessage(err)} (measure-incremental needs ebs:ListSnapshotBlocks and ebs:ListChangedBlocks, and kms:Decrypt for encrypted snapshots: see policies/measure-incremental.json)`
  }
  return errorMessage(err)
}
