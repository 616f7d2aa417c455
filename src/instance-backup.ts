/**
 * Instance backups: every EBS volume of each named instance in one crash-consistent CreateSnapshots call (a set),
 * paced on EC2's snapshot-creation bucket per account and region, retried on EBS's rate errors, with the run's
 * managed tags, the instance id and the set id on every snapshot, and one metadata document per snapshot.
 */
import {
  CreateSnapshotsCommand,
  DescribeInstancesCommand,
  type EC2Client,
  type Snapshot,
  type SnapshotInfo
} from '@aws-sdk/client-ec2'
import type { AccountTarget } from './accounts.js'
import { backupDescription, backupTags } from './backup-tags.js'
import { forEachBounded } from './bounded.js'
import { MINUTE_MS, type Clock } from './clock.js'
import { errorCode, errorMessage } from './errors.js'
import type { Config, InstanceRef } from './inputs.js'
import { createSnapshotsInput, planInstanceSet, type InstanceSetPlan } from './instance-set.js'
import {
  CONCURRENT_LIMIT_WAIT_MS,
  PER_VOLUME_RATE_WAIT_MS,
  describeVolumes,
  ebsView,
  waitForSnapshot
} from './kinds/ebs.js'
import {
  metadataDocument,
  metadataKey,
  putMetadata,
  snapshotFacts,
  unknownVolume,
  type VolumeInfo,
  type WorkflowContext
} from './metadata.js'
import { TokenBucketPacer, type Pacer } from './pacer.js'
import { documentCopies, type CopiedSnapshot, type SourceCopies } from './backup-copies.js'
import type { BackupSource, SnapshotView } from './kinds/kind.js'
import { instanceInfo, type InstanceInfo } from './selection.js'
import { tagMap } from './tags.js'
import { TAG_EXPIRES_AT } from './types.js'

/** EC2 accepts at most this many values in one filter. */
const FILTER_VALUES = 200
/** Attempts of one CreateSnapshots call while EC2 answers RequestLimitExceeded. */
const THROTTLE_ATTEMPTS = 8

const RATE_CODES: Readonly<Record<string, number>> = {
  SnapshotCreationPerVolumeRateExceeded: PER_VOLUME_RATE_WAIT_MS,
  ConcurrentSnapshotLimitExceeded: CONCURRENT_LIMIT_WAIT_MS
}

/** The inputs instance backups read. */
export type InstanceBackupConfig = Pick<
  Config,
  | 'instances'
  | 'excludeBootVolume'
  | 'excludeVolumeTags'
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

/** One snapshot of a set. */
export interface SetSnapshot {
  volumeId: string
  device: string | null
  snapshotId: string
  state: string
  startTime: string
  sizeGib: number
  expiresAt: string
  metadataKey: string | null
}

/** One instance's set: what it includes and what it left out. */
export interface InstanceSetResult {
  accountId: string
  region: string
  instanceId: string
  instanceName: string | null
  setId: string
  snapshots: SetSnapshot[]
  excluded: { volumeId: string; device: string | null; reason: string }[]
}

/** A set that could not be made (or finished), and why. */
export interface InstanceFailure {
  accountId: string
  region: string
  instanceId: string
  message: string
}

/** What the instance backups did. */
export interface InstanceBackupResult {
  sets: InstanceSetResult[]
  failures: InstanceFailure[]
  /** The copies made or tried of the sets' snapshots (copy-to-regions), in the order of the sets and their snapshots. */
  copies: CopiedSnapshot[]
}

/** EC2's snapshot-creation request bucket per account and region (CreateSnapshot and CreateSnapshots share it). */
export const CREATE_BURST = 100
export const CREATE_REFILL_PER_SECOND = 5
/** Environment variables that override the create pacing (for benchmarks against a simulator with other buckets). */
export const CREATE_BURST_ENV = 'SNAPSHOT_HYGIENE_CREATE_BURST'
export const CREATE_RATE_ENV = 'SNAPSHOT_HYGIENE_CREATE_RATE'

function envNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`Environment variable ${name} must be a positive number; got '${raw.slice(0, 40)}'`)
  return n
}

/** One pacer per account and region on EC2's snapshot-creation bucket, less two tokens of cushion (as deletes). */
export function createPacers(
  clock: Clock,
  env: NodeJS.ProcessEnv = process.env
): (accountId: string, region: string) => Pacer {
  const burst = Math.max(1, Math.floor(envNumber(env, CREATE_BURST_ENV, CREATE_BURST)))
  const refillPerSecond = envNumber(env, CREATE_RATE_ENV, CREATE_REFILL_PER_SECOND)
  const pacers = new Map<string, Pacer>()
  return (accountId, region) => {
    const key = `${accountId}/${region}`
    let pacer = pacers.get(key)
    if (pacer === undefined) {
      const bucket = new TokenBucketPacer({ burst, refillPerSecond, clock })
      for (let i = 0; i < Math.min(2, burst - 1); i++) void bucket.take()
      pacer = bucket
      pacers.set(key, pacer)
    }
    return pacer
  }
}

/** What instance backups need besides config, targets and clock. */
export interface InstanceBackupDeps {
  workflow: WorkflowContext
  /** The pacer of EC2's snapshot-creation bucket for an account and region. */
  pacer: (accountId: string, region: string) => Pacer
  /**
   * Copies one snapshot of a set into the copy regions once it is done (copy-to-regions), as a volume's snapshot is
   * copied; absent without copies. Never throws.
   */
  copy?: (
    target: AccountTarget,
    source: BackupSource<VolumeInfo>,
    view: SnapshotView<Snapshot>,
    deadline: number
  ) => Promise<SourceCopies>
}

/** Describes the named instances of one region (a filter, so missing ones are simply absent; terminated ones too). */
export async function describeInstances(
  ec2: EC2Client,
  region: string,
  instanceIds: readonly string[]
): Promise<InstanceInfo[]> {
  const found: InstanceInfo[] = []
  for (let i = 0; i < instanceIds.length; i += FILTER_VALUES) {
    const chunk = instanceIds.slice(i, i + FILTER_VALUES)
    const out = await ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: 'instance-id', Values: chunk }] }))
    for (const r of out.Reservations ?? [])
      for (const inst of r.Instances ?? [])
        if (inst.InstanceId !== undefined && chunk.includes(inst.InstanceId) && inst.State?.Name !== 'terminated')
          found.push(instanceInfo(inst, region))
  }
  return found
}

/**
 * CreateSnapshots for one planned set: a pacer token per attempt; EBS's per-volume and concurrency rate errors are
 * waited out until the deadline, RequestLimitExceeded is retried with backoff.
 */
export async function createSetPatiently(
  ec2: EC2Client,
  input: ReturnType<typeof createSnapshotsInput>,
  pacer: Pacer,
  clock: Clock,
  deadline: number
): Promise<SnapshotInfo[]> {
  let throttled = 0
  for (;;) {
    await pacer.take()
    try {
      const out = await ec2.send(new CreateSnapshotsCommand(input))
      return out.Snapshots ?? []
    } catch (err) {
      const code = errorCode(err)
      const rateWait = RATE_CODES[code]
      const throttle = code === 'RequestLimitExceeded' || code === 'Throttling'
      if (rateWait === undefined && !throttle) throw err
      if (throttle) pacer.penalize()
      if (throttle && ++throttled >= THROTTLE_ATTEMPTS) throw err
      const waitMs = rateWait ?? Math.min(20_000, 500 * 2 ** throttled)
      if (clock.now().getTime() + waitMs > deadline)
        throw new Error(`EC2 still refused the set when the wait timeout ran out: ${errorMessage(err)}`, { cause: err })
      await clock.sleep(waitMs)
    }
  }
}

function asSnapshot(s: SnapshotInfo, tags: Record<string, string>): Snapshot {
  return {
    SnapshotId: s.SnapshotId,
    VolumeId: s.VolumeId,
    State: s.State,
    StartTime: s.StartTime,
    Progress: s.Progress,
    VolumeSize: s.VolumeSize,
    Encrypted: s.Encrypted,
    OwnerId: s.OwnerId,
    Description: s.Description,
    Tags: s.Tags ?? Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
  }
}

/** Makes one instance's set, waits when asked, writes each snapshot's metadata; never throws. */
async function backupSet(
  target: AccountTarget,
  plan: InstanceSetPlan,
  volumes: ReadonlyMap<string, VolumeInfo>,
  config: InstanceBackupConfig,
  clock: Clock,
  deps: InstanceBackupDeps
): Promise<{ set: InstanceSetResult | null; failures: InstanceFailure[]; copies: CopiedSnapshot[] }> {
  const { instance } = plan
  const where = { accountId: target.accountId, region: instance.region, instanceId: instance.instanceId }
  const now = clock.now()
  const deadline = now.getTime() + config.waitTimeoutMinutes * MINUTE_MS
  if (plan.included.length === 0)
    return {
      set: null,
      failures: [
        { ...where, message: `Instance ${instance.instanceId} has no volume left to snapshot after the exclusions` }
      ],
      copies: []
    }
  const tags = backupTags(config, { name: instance.name }, deps.workflow, now)
  const request = createSnapshotsInput(
    plan,
    tags,
    backupDescription(config.description, instance.instanceId, deps.workflow)
  )
  const requestTags = tagMap(request.TagSpecifications?.[0]?.Tags)
  const ec2 = target.clients.ec2(instance.region)
  let made: SnapshotInfo[]
  try {
    // The paced client leaves RequestLimitExceeded to this loop, so that each retry takes a token like the first try.
    made = await createSetPatiently(
      target.clients.ec2Paced(instance.region),
      request,
      deps.pacer(target.accountId, instance.region),
      clock,
      deadline
    )
  } catch (err) {
    return {
      set: null,
      failures: [{ ...where, message: `Could not snapshot instance ${instance.instanceId}: ${errorMessage(err)}` }],
      copies: []
    }
  }
  const failures: InstanceFailure[] = []
  const device = new Map(instance.volumes.map((v) => [v.volumeId, v.device]))
  const copies = new Map<string, CopiedSnapshot[]>()
  const snapshots = await Promise.all(
    made.map(async (info): Promise<SetSnapshot> => {
      let snap = asSnapshot(info, requestTags)
      const snapshotId = snap.SnapshotId ?? ''
      const volumeId = snap.VolumeId ?? ''
      if (config.wait && snap.State !== 'completed') {
        try {
          const waited = await waitForSnapshot(ec2, snapshotId, clock, deadline)
          snap = { ...snap, ...(waited.snapshot ?? {}) }
          if (!waited.completed)
            failures.push({
              ...where,
              message: `Snapshot ${snapshotId} of ${volumeId} (instance ${instance.instanceId}) did not complete within ${config.waitTimeoutMinutes} minutes`
            })
        } catch (err) {
          failures.push({
            ...where,
            message: `Snapshot ${snapshotId} of ${volumeId} (instance ${instance.instanceId}): ${errorMessage(err)}`
          })
        }
      }
      const view = ebsView(snap)
      const volume = volumes.get(volumeId) ?? unknownVolume(volumeId, instance.region)
      // Each snapshot is copied as a volume's is, before its metadata, which records the copies.
      const copied =
        deps.copy === undefined
          ? null
          : await deps.copy(
              target,
              { id: volumeId, region: instance.region, name: instance.name, sizeGib: volume.sizeGib, detail: volume },
              view,
              deadline
            )
      if (copied !== null) copies.set(snapshotId, copied.all)
      const key = metadataKey(config.metadataPrefix, volumeId, snapshotId)
      let written: string | null = key
      try {
        const made = metadataDocument(
          snapshotFacts(snap, target.accountId, instance.region),
          volume,
          deps.workflow,
          'backup',
          clock.now()
        )
        const doc = copied === null ? made : { ...made, copies: documentCopies(copied.ofCreated) }
        await putMetadata(target.clients.s3(config.awsRegion), config.bucket ?? '', key, doc)
      } catch (err) {
        written = null
        failures.push({
          ...where,
          message: `Snapshot ${snapshotId} of ${volumeId} (instance ${instance.instanceId}) was created, but its metadata was not written: ${errorMessage(err)}`
        })
      }
      return {
        volumeId,
        device: device.get(volumeId) ?? null,
        snapshotId,
        state: view.state,
        startTime: view.startTime.toISOString(),
        sizeGib: view.sizeGib ?? 0,
        expiresAt: requestTags[TAG_EXPIRES_AT] ?? '',
        metadataKey: written
      }
    })
  )
  const sorted = snapshots.sort(
    (a, b) => (a.device ?? '').localeCompare(b.device ?? '') || a.volumeId.localeCompare(b.volumeId)
  )
  return {
    set: {
      ...where,
      instanceName: instance.name,
      setId: plan.setId,
      snapshots: sorted,
      excluded: plan.excluded.map((e) => ({ volumeId: e.volumeId, device: e.device, reason: e.reason }))
    },
    failures,
    copies: sorted.flatMap((x) => copies.get(x.snapshotId) ?? [])
  }
}

/** The instances of one account, described region by region, with their volumes; a region that fails fails its instances. */
async function findInstances(
  target: AccountTarget,
  refs: readonly InstanceRef[]
): Promise<{ found: { info: InstanceInfo; volumes: Map<string, VolumeInfo> }[]; failures: InstanceFailure[] }> {
  const byRegion = new Map<string, string[]>()
  for (const r of refs) byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), r.instanceId])
  const found: { info: InstanceInfo; volumes: Map<string, VolumeInfo> }[] = []
  const failures: InstanceFailure[] = []
  await Promise.all(
    [...byRegion].map(async ([region, ids]) => {
      try {
        const ec2 = target.clients.ec2(region)
        const infos = await describeInstances(ec2, region, ids)
        const volumeIds = infos.flatMap((i) => i.volumes.map((v) => v.volumeId))
        const volumes = new Map((await describeVolumes(ec2, region, volumeIds)).map((v) => [v.volumeId, v]))
        for (const info of infos) found.push({ info, volumes })
      } catch (err) {
        for (const id of ids)
          failures.push({
            accountId: target.accountId,
            region,
            instanceId: id,
            message: `Could not describe instance ${id} in ${region}: ${errorMessage(err)}`
          })
      }
    })
  )
  return { found, failures }
}

/**
 * Snapshots every instance of the instance input as a set, in every target account where it exists. An instance
 * found in no account is a failure naming it; every other instance is still backed up.
 */
export async function backupInstances(
  config: InstanceBackupConfig,
  targets: readonly AccountTarget[],
  clock: Clock,
  deps: InstanceBackupDeps
): Promise<InstanceBackupResult> {
  const live = targets.filter((t) => t.failure === undefined)
  const perAccount = await forEachBounded(live, config.maxParallelAccounts, async (target) => {
    const { found, failures } = await findInstances(target, config.instances)
    const outcomes = await Promise.all(
      found.map(({ info, volumes }) => {
        const tags = new Map([...volumes].map(([id, v]) => [id, v.tags]))
        const plan = planInstanceSet(
          info,
          tags,
          { excludeBootVolume: config.excludeBootVolume, excludeVolumeTags: config.excludeVolumeTags },
          clock.now()
        )
        return backupSet(target, plan, volumes, config, clock, deps)
      })
    )
    return {
      located: found.map((f) => `${f.info.region}/${f.info.instanceId}`),
      sets: outcomes.map((o) => o.set).filter((s): s is InstanceSetResult => s !== null),
      failures: [...failures, ...outcomes.flatMap((o) => o.failures)],
      copies: outcomes.flatMap((o) => o.copies)
    }
  })
  const located = new Set(perAccount.flatMap((a) => a.located))
  const failures = perAccount.flatMap((a) => a.failures)
  const accounts = live.map((t) => t.accountId)
  for (const ref of config.instances) {
    const key = `${ref.region}/${ref.instanceId}`
    if (located.has(key) || failures.some((f) => f.instanceId === ref.instanceId && f.region === ref.region)) continue
    failures.push({
      accountId: accounts.length === 1 ? (accounts[0] ?? '') : '',
      region: ref.region,
      instanceId: ref.instanceId,
      message: `Instance ${ref.instanceId} was not found in ${ref.region}${accounts.length > 0 ? ` (account${accounts.length > 1 ? 's' : ''} ${accounts.join(', ')})` : ''}`
    })
  }
  const order = (a: { accountId: string; region: string; instanceId: string }, b: typeof a): number =>
    a.accountId.localeCompare(b.accountId) ||
    a.region.localeCompare(b.region) ||
    a.instanceId.localeCompare(b.instanceId)
  const sets = perAccount.flatMap((a) => a.sets).sort(order)
  // Copies follow the sets' order and, within a set, its snapshots'.
  const volumeKey = (accountId: string, region: string, volumeId: string): string =>
    `${accountId}/${region}/${volumeId}`
  const position = new Map(
    sets
      .flatMap((set) => set.snapshots.map((x) => volumeKey(set.accountId, set.region, x.volumeId)))
      .map((k, i) => [k, i])
  )
  const at = (c: CopiedSnapshot): number => position.get(volumeKey(c.accountId, c.sourceRegion, c.volumeId)) ?? 0
  const copies = perAccount.flatMap((a) => a.copies).sort((a, b) => at(a) - at(b))
  return { sets, failures: failures.sort(order), copies }
}

/**
 * The volumes the instance input stands for in prune and check: each found instance's attached volumes, less the
 * ones its set leaves out. An instance that cannot be described adds nothing (prune then leaves its snapshots alone)
 * and is one of the failures, for the run to report.
 */
export async function instanceVolumeRefs(
  config: Pick<InstanceBackupConfig, 'instances' | 'excludeBootVolume' | 'excludeVolumeTags' | 'maxParallelAccounts'>,
  targets: readonly AccountTarget[],
  now: Date
): Promise<{ refs: { region: string; volumeId: string }[]; failures: InstanceFailure[] }> {
  const live = targets.filter((t) => t.failure === undefined)
  const failures: InstanceFailure[] = []
  const perAccount = await forEachBounded(live, config.maxParallelAccounts, async (target) => {
    const found = await findInstances(target, config.instances)
    failures.push(...found.failures)
    return found.found.flatMap(({ info, volumes }) => {
      const plan = planInstanceSet(
        info,
        new Map([...volumes].map(([id, v]) => [id, v.tags])),
        { excludeBootVolume: config.excludeBootVolume, excludeVolumeTags: config.excludeVolumeTags },
        now
      )
      return plan.included.map((v) => ({ region: info.region, volumeId: v.volumeId }))
    })
  })
  const seen = new Set<string>()
  const refs = perAccount.flat().filter((v) => {
    const key = `${v.region}/${v.volumeId}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const order = (a: InstanceFailure, b: InstanceFailure): number =>
    a.accountId.localeCompare(b.accountId) ||
    a.region.localeCompare(b.region) ||
    a.instanceId.localeCompare(b.instanceId)
  return { refs, failures: failures.sort(order) }
}
