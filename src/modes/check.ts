import {
  DescribeSnapshotAttributeCommand,
  paginateDescribeImages,
  paginateDescribeSnapshots,
  paginateDescribeVolumes
} from '@aws-sdk/client-ec2'
import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesCommand,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBClusters,
  paginateDescribeDBInstances,
  paginateDescribeDBSnapshots,
  type DBClusterSnapshotAttribute,
  type DBSnapshotAttribute
} from '@aws-sdk/client-rds'
import { paginateDescribeFileSystems } from '@aws-sdk/client-efs'
import { Aggregator, type InventoryAggregate } from '../aggregate.js'
import {
  ARCHIVE_CANDIDATE_MIN_AGE_DAYS,
  CANDIDATE_TAGS,
  archiveCandidateFinding,
  archiveCandidates,
  inArchiveLineage
} from '../archive-candidate.js'
import { CostRangeTracker } from '../cost-range.js'
import type { CostReport } from '../cost-report.js'
import { readAccountSettings, type RegionSettings } from '../account-settings.js'
import type { AccountTarget } from '../accounts.js'
import { forEachBounded, limiter } from '../bounded.js'
import { HOUR_MS, type Clock } from '../clock.js'
import { errorCode, errorMessage } from '../errors.js'
import { FindingTally, type AccountRuleCount, type RuleCount } from '../finding-counts.js'
import { FindingSink, type NewFindings, type TaggedFinding } from '../finding-sink.js'
import {
  grantFindings,
  isSilenced,
  orphanFinding,
  recordFindings,
  staleBackupFinding,
  type Finding,
  type Grants,
  type SourceIndex
} from '../findings.js'
import type { Config, DbRef, VolumeRef } from '../inputs.js'
import { EBS_PAGE_SIZE, ebsRecord } from '../listers/ebs.js'
import { RDS_PAGE_SIZE } from '../listers/rds.js'
import { settingsFindings } from '../settings-findings.js'
import { volumeKey, type ListingFailure, type Service, type SnapshotRecord } from '../types.js'
import { inventoryAccount } from './inventory.js'
import { plural } from '../plural.js'
import { KINDS, sourcesOf } from '../kinds/index.js'
import { missingDrCopies } from '../dr-check.js'

/** The inputs check mode reads. */
export type CheckConfig = Pick<
  Config,
  | 'regions'
  | 'awsRegion'
  | 'services'
  | 'csvPath'
  | 'maxParallelAccounts'
  | 'volumes'
  | 'allowedAccounts'
  | 'maxAgeDays'
  | 'maxBackupAgeHours'
  | 'ignoreRules'
  | 'maxAnnotations'
> &
  Partial<Pick<Config, 'dbInstances' | 'dbClusters' | 'copyToRegions' | 'archiveAfterDays'>>

/** At most this many sharing checks (one attribute call each) per account, region and service, beyond the public ones. */
export const SHARE_CHECK_LIMIT = 1000
/** How many attribute calls run at once per account. */
export const ATTRIBUTE_CONCURRENCY = 8
/** How many findings the result keeps for the summary and annotations (at least max-annotations). */
export const TOP_FINDINGS = 100
/** DescribeVolumes' largest page. */
const VOLUME_PAGE_SIZE = 500

/** Snapshots whose sharing was not read, because of the per-region limit on attribute calls. */
export interface SharingGap {
  accountId: string
  region: string
  service: Service
  /** Snapshots that can be shared (EBS: all; RDS and Aurora: manual ones). */
  eligible: number
  checked: number
}

/** What a check found, for the reporters. */
export interface CheckResult {
  mode: 'check'
  generatedAt: string
  accounts: string[]
  regions: string[]
  snapshotCount: number
  /** Findings that are not silenced. */
  findingsCount: number
  silencedCount: number
  rules: RuleCount[]
  /** Findings and silenced findings per account and rule, so that results of several jobs can be joined. */
  findingCounts: AccountRuleCount[]
  /** The most severe findings, in order; every finding is in the findings JSON. */
  topFindings: Finding[]
  /** With a compared check: the findings it did not have; null otherwise. */
  newFindings?: NewFindings | null
  sharingGaps: SharingGap[]
  aggregate: InventoryAggregate
  /** The estimate as a range per lineage, as the inventory computes it from the same records (never measured). */
  costs: CostReport
  failures: ListingFailure[]
  /** EBS snapshot block public access and encryption by default, per account and region (when EBS is checked). */
  accountSettings: RegionSettings[]
  csvPath: string
  findingsJsonPath: string
  settings: {
    maxAgeDays: number
    maxBackupAgeHours: number
    allowedAccounts: string[]
    ignoreRules: string[]
    volumes: string[]
    /** The age from which archive-candidate reports a snapshot (archive-after-days, else its default). */
    archiveMinAgeDays: number
  }
}

/** Seams for tests. */
export interface CheckDeps {
  /** Streams an account's snapshots; inventoryAccount by default. */
  listAccount?: typeof inventoryAccount
  /** Sharing checks per account, region and service; SHARE_CHECK_LIMIT by default. */
  shareCheckLimit?: number
  /** The keys of the compared check's findings; every finding not among them is new. */
  baseline?: ReadonlySet<string> | null
}

type Lookup = 'volumes' | 'images' | 'db-instances' | 'db-clusters' | 'file-systems'

const LOOKUP: Readonly<Record<Lookup, { service: Service; what: string }>> = {
  volumes: { service: 'ebs', what: 'volumes (ec2:DescribeVolumes)' },
  images: { service: 'ebs', what: 'AMIs (ec2:DescribeImages)' },
  'db-instances': { service: 'rds', what: 'DB instances (rds:DescribeDBInstances)' },
  'db-clusters': { service: 'rds-cluster', what: 'DB clusters (rds:DescribeDBClusters)' },
  'file-systems': { service: 'efs', what: 'file systems (elasticfilesystem:DescribeFileSystems)' }
}

const SOURCE_LOOKUP: Readonly<Record<Service, Lookup>> = {
  ebs: 'volumes',
  rds: 'db-instances',
  'rds-cluster': 'db-clusters',
  efs: 'file-systems'
}

const ATTRIBUTE_CALL: Readonly<Record<Service, string>> = {
  ebs: 'ec2:DescribeSnapshotAttribute',
  rds: 'rds:DescribeDBSnapshotAttributes',
  'rds-cluster': 'rds:DescribeDBClusterSnapshotAttributes',
  efs: ''
}

/** Whether a snapshot can be shared at all: EBS always; RDS and Aurora only manual snapshots. */
export function canBeShared(r: SnapshotRecord): boolean {
  if (r.service === 'ebs') return true
  return (r.service === 'rds' || r.service === 'rds-cluster') && r.snapshotType === 'manual'
}

function restoreGrants(attributes: readonly (DBSnapshotAttribute | DBClusterSnapshotAttribute)[] | undefined): Grants {
  const values = (attributes ?? []).find((a) => a.AttributeName === 'restore')?.AttributeValues ?? []
  return { public: values.includes('all'), accounts: values.filter((v) => v !== 'all') }
}

const NOT_FOUND = new Set([
  'InvalidSnapshot.NotFound',
  'DBSnapshotNotFound',
  'DBSnapshotNotFoundFault',
  'DBClusterSnapshotNotFoundFault'
])

/** Everything one run shares across accounts. */
interface RunState {
  config: CheckConfig
  now: Date
  sink: FindingSink
  tally: FindingTally
  aggregator: Aggregator
  costs: CostRangeTracker
  failures: ListingFailure[]
  /** The volume input, keyed region/volume. */
  wanted: ReadonlySet<string>
  /** Newest completed snapshot per volume of the volume input, keyed region/volume. */
  newest: Map<string, { at: Date; accountId: string }>
  snapshotCount: number
  shareCheckLimit: number
  accountSettings: RegionSettings[]
}

interface SharingState {
  region: string
  service: Service
  eligible: number
  budget: number
  /** Snapshots whose attributes were read or are being read (bounded by the budget plus the public ones). */
  checked: Set<string>
  failed: number
  firstError: string
}

/** Hands findings to the sink, counting each per account and rule as the sink will judge it (silenced or not). */
async function record(state: RunState, batch: readonly TaggedFinding[]): Promise<void> {
  for (const [f, tags] of batch)
    state.tally.add(f.accountId, f.rule, f.severity, isSilenced(f.rule, tags, state.config.ignoreRules))
  await state.sink.add(batch)
}

/** A volume of the volume input, keyed as the input names it: the check looks for it in every account. */
const inputVolumeKey = (v: Pick<VolumeRef, 'region' | 'volumeId'>): string => volumeKey(null, v.region, v.volumeId)

/** The checks of one account: lazily loaded lookups per region, and the attribute calls in flight. */
class AccountCheck {
  private readonly lookups = new Map<string, Promise<ReadonlySet<string> | null>>()
  private readonly sharing = new Map<string, SharingState>()
  private readonly publicScans = new Set<string>()
  private readonly pending = new Set<Promise<void>>()
  private readonly limit = limiter(ATTRIBUTE_CONCURRENCY)
  /** Regions whose EBS listing failed, so their snapshots were not all seen. */
  readonly ebsFailed = new Set<string>()
  /** Standard-tier EBS snapshots per lineage (account, region, volume), with only the tags archive-candidate reads. */
  private readonly lineages = new Map<string, SnapshotRecord[]>()
  /** Snapshots found public or shared with an account: AWS does not archive them. */
  private readonly shared = new Set<string>()

  constructor(
    private readonly state: RunState,
    readonly target: AccountTarget
  ) {}

  /** Records a region or service that could not be read. */
  fail(region: string, service: ListingFailure['service'], message: string): void {
    this.state.failures.push({ accountId: this.target.accountId, region, service, message })
  }

  /** A set of ids in a region (volumes, AMI snapshots, DB instances, DB clusters, file systems), loaded once; null when unreadable. */
  lookup(region: string, kind: Lookup): Promise<ReadonlySet<string> | null> {
    const key = `${region}/${kind}`
    let found = this.lookups.get(key)
    if (!found) {
      found = loadLookup(this.target, region, kind).catch((err: unknown) => {
        this.fail(region, LOOKUP[kind].service, `${LOOKUP[kind].what}: ${errorMessage(err)}`)
        return null
      })
      this.lookups.set(key, found)
    }
    return found
  }

  private async sourceIndex(region: string, service: Service): Promise<SourceIndex | null> {
    const sources = await this.lookup(region, SOURCE_LOOKUP[service])
    if (sources === null) return null
    if (service !== 'ebs') return { sources }
    const amiSnapshots = await this.lookup(region, 'images')
    return amiSnapshots === null ? null : { sources, amiSnapshots }
  }

  /** Judges one page of records as it arrives; only findings and a few counters stay. */
  async page(records: readonly SnapshotRecord[]): Promise<void> {
    const s = this.state
    const indexes = new Map<string, SourceIndex | null>()
    for (const r of records) {
      const key = `${r.region}/${r.service}`
      if (!indexes.has(key)) indexes.set(key, await this.sourceIndex(r.region, r.service))
    }
    const batch: TaggedFinding[] = []
    for (const r of records) {
      s.aggregator.add(r)
      s.costs.add(r)
      this.keepForArchive(r)
      s.snapshotCount += 1
      this.noteBackup(r)
      for (const f of recordFindings(r, { now: s.now, maxAgeDays: s.config.maxAgeDays })) batch.push([f, r.tags])
      const index = indexes.get(`${r.region}/${r.service}`)
      const orphan = index ? orphanFinding(r, index) : null
      if (orphan) batch.push([orphan, r.tags])
      this.scheduleSharing(r)
    }
    await record(s, batch)
  }

  private keepForArchive(r: SnapshotRecord): void {
    if (!inArchiveLineage(r)) return
    const key = JSON.stringify([r.region, r.sourceId ?? r.snapshotId, r.sourceId === null])
    const tags: Record<string, string> = {}
    for (const k of CANDIDATE_TAGS) if (r.tags[k] !== undefined) tags[k] = r.tags[k]
    const list = this.lineages.get(key) ?? []
    list.push({ ...r, tags })
    this.lineages.set(key, list)
  }

  /**
   * Judges archive-candidate once the account is listed and its sharing read: each lineage against the AMIs of its
   * region and the snapshots found shared; then lets the lineages go.
   */
  async archiveFindings(): Promise<void> {
    const minAgeDays = this.state.config.archiveAfterDays ?? ARCHIVE_CANDIDATE_MIN_AGE_DAYS
    const batch: TaggedFinding[] = []
    for (const lineage of this.lineages.values()) {
      const region = lineage[0]?.region
      if (region === undefined) continue
      const amis = await this.lookup(region, 'images')
      const excluded = (id: string): boolean => this.shared.has(id) || (amis?.has(id) ?? false)
      for (const c of archiveCandidates(lineage, { now: this.state.now, minAgeDays, excluded }))
        batch.push([archiveCandidateFinding(c), c.snapshot.tags])
    }
    this.lineages.clear()
    await record(this.state, batch)
  }

  private noteBackup(r: SnapshotRecord): void {
    if (r.service !== 'ebs' || r.state !== 'completed' || r.sourceId === null) return
    const key = volumeKey(null, r.region, r.sourceId)
    if (!this.state.wanted.has(key)) return
    const known = this.state.newest.get(key)
    if (known && known.at.getTime() >= r.createdAt.getTime()) return
    this.state.newest.set(key, { at: r.createdAt, accountId: r.accountId })
  }

  private sharingState(region: string, service: Service): SharingState {
    const key = `${region}/${service}`
    let st = this.sharing.get(key)
    if (!st) {
      st = {
        region,
        service,
        eligible: 0,
        budget: this.state.shareCheckLimit,
        checked: new Set(),
        failed: 0,
        firstError: ''
      }
      this.sharing.set(key, st)
    }
    return st
  }

  private scheduleSharing(r: SnapshotRecord): void {
    if (!canBeShared(r)) return
    const st = this.sharingState(r.region, r.service)
    st.eligible += 1
    if (r.service === 'ebs') this.scanPublicEbs(r.region)
    if (st.checked.has(r.snapshotId) || st.budget <= 0) return
    st.budget -= 1
    this.checkGrants(r, st)
  }

  private track(work: Promise<void>): void {
    this.pending.add(work)
    void work.finally(() => this.pending.delete(work))
  }

  private checkGrants(r: SnapshotRecord, st: SharingState): void {
    st.checked.add(r.snapshotId)
    this.track(
      this.limit(async () => {
        try {
          const grants = await readGrants(this.target, r)
          if (grants.public || grants.accounts.length > 0) this.shared.add(r.snapshotId)
          await record(
            this.state,
            grantFindings(r, grants, this.state.config.allowedAccounts).map((f): TaggedFinding => [f, r.tags])
          )
        } catch (err) {
          if (NOT_FOUND.has(errorCode(err))) return
          st.failed += 1
          st.firstError ||= errorMessage(err)
        }
      })
    )
  }

  /**
   * Finds a region's public EBS snapshots in one paginated call, and reads each one's permissions, whatever the budget.
   * The attribute call confirms it (an endpoint that ignores RestorableByUserIds, like moto, returns every snapshot) and
   * also gives the accounts it is shared with.
   */
  private scanPublicEbs(region: string): void {
    if (this.publicScans.has(region)) return
    this.publicScans.add(region)
    const st = this.sharingState(region, 'ebs')
    const { accountId } = this.target
    this.track(
      (async () => {
        try {
          const pages = paginateDescribeSnapshots(
            { client: this.target.clients.ec2(region), pageSize: EBS_PAGE_SIZE },
            { OwnerIds: ['self'], RestorableByUserIds: ['all'] }
          )
          for await (const page of pages) {
            for (const s of page.Snapshots ?? []) {
              const r = ebsRecord(s, accountId, region)
              if (!st.checked.has(r.snapshotId)) this.checkGrants(r, st)
            }
          }
        } catch (err) {
          this.fail(
            region,
            'ebs',
            `public snapshots (ec2:DescribeSnapshots with RestorableByUserIds=all): ${errorMessage(err)}`
          )
        }
      })()
    )
  }

  /** Waits for every attribute call and public scan, then reports failed calls and unchecked snapshots. */
  async settle(): Promise<SharingGap[]> {
    while (this.pending.size > 0) await Promise.all([...this.pending])
    const gaps: SharingGap[] = []
    for (const st of this.sharing.values()) {
      if (st.failed > 0) {
        this.fail(
          st.region,
          st.service,
          `sharing (${ATTRIBUTE_CALL[st.service]}) could not be read for ${plural(st.failed, 'snapshot')}: ${st.firstError}`
        )
      }
      if (st.checked.size < st.eligible) {
        gaps.push({
          accountId: this.target.accountId,
          region: st.region,
          service: st.service,
          eligible: st.eligible,
          checked: st.checked.size
        })
      }
    }
    return gaps
  }

  /** The creation time of the volume's newest completed snapshot in this account, read directly; null when none. */
  async newestSnapshot(v: VolumeRef): Promise<Date | null | 'unknown'> {
    try {
      let newest: Date | null = null
      const pages = paginateDescribeSnapshots(
        { client: this.target.clients.ec2(v.region), pageSize: EBS_PAGE_SIZE },
        {
          OwnerIds: ['self'],
          Filters: [
            { Name: 'volume-id', Values: [v.volumeId] },
            { Name: 'status', Values: ['completed'] }
          ]
        }
      )
      for await (const page of pages) {
        for (const s of page.Snapshots ?? []) {
          if (s.State === 'completed' && s.StartTime && (newest === null || s.StartTime > newest)) newest = s.StartTime
        }
      }
      return newest
    } catch (err) {
      this.fail(
        v.region,
        'ebs',
        `snapshots of ${v.volumeId} for stale-backup (ec2:DescribeSnapshots): ${errorMessage(err)}`
      )
      return 'unknown'
    }
  }
}

/** The creation time of the newest available snapshot (manual or automated) of a DB instance or cluster, read directly. */
async function newestDbSnapshot(
  check: AccountCheck,
  kind: 'db-instance' | 'db-cluster',
  ref: DbRef
): Promise<Date | null | 'unknown'> {
  const rds = check.target.clients.rds(ref.region)
  try {
    let newest: Date | null = null
    const consider = (status: string | undefined, at: Date | undefined): void => {
      if (status === 'available' && at !== undefined && (newest === null || at > newest)) newest = at
    }
    if (kind === 'db-instance') {
      const pages = paginateDescribeDBSnapshots(
        { client: rds, pageSize: RDS_PAGE_SIZE },
        { Filters: [{ Name: 'db-instance-id', Values: [ref.id] }] }
      )
      for await (const page of pages) for (const s of page.DBSnapshots ?? []) consider(s.Status, s.SnapshotCreateTime)
    } else {
      const pages = paginateDescribeDBClusterSnapshots(
        { client: rds, pageSize: RDS_PAGE_SIZE },
        { Filters: [{ Name: 'db-cluster-id', Values: [ref.id] }] }
      )
      for await (const page of pages)
        for (const s of page.DBClusterSnapshots ?? []) consider(s.Status, s.SnapshotCreateTime)
    }
    return newest
  } catch (err) {
    const call = kind === 'db-instance' ? 'rds:DescribeDBSnapshots' : 'rds:DescribeDBClusterSnapshots'
    check.fail(
      ref.region,
      kind === 'db-instance' ? 'rds' : 'rds-cluster',
      `snapshots of ${ref.id} for stale-backup (${call}): ${errorMessage(err)}`
    )
    return 'unknown'
  }
}

/** Judges the DB instances and clusters of the db-instance and db-cluster inputs: newest available snapshot, and whether it exists. */
async function staleDbBackups(
  state: RunState,
  all: readonly { check: AccountCheck; regions: readonly string[] }[]
): Promise<void> {
  const { config, now } = state
  const checks = all.filter((c) => c.check.target.failure === undefined)
  const refs = [
    ...(config.dbInstances ?? []).map((ref) => ({ kind: 'db-instance' as const, ref })),
    ...(config.dbClusters ?? []).map((ref) => ({ kind: 'db-cluster' as const, ref }))
  ]
  await Promise.all(
    refs.map(async ({ kind, ref }) => {
      let newest: Date | null = null
      let owner: string | null = null
      let unknown = false
      for (const { check } of checks) {
        const direct = await newestDbSnapshot(check, kind, ref)
        if (direct === 'unknown') unknown = true
        else if (direct !== null && (newest === null || direct > newest)) {
          newest = direct
          owner = check.target.accountId
        }
      }
      if (newest === null && unknown) return
      if (newest !== null && now.getTime() - newest.getTime() <= config.maxBackupAgeHours * HOUR_MS) return
      let exists: boolean | null = false
      for (const { check } of checks) {
        const ids = await check.lookup(ref.region, kind === 'db-instance' ? 'db-instances' : 'db-clusters')
        if (ids === null) exists = exists || null
        else if (ids.has(ref.id)) {
          exists = true
          owner = check.target.accountId
        }
      }
      const accountId = owner ?? checks[0]?.check.target.accountId ?? ''
      const f = staleBackupFinding(
        { accountId, region: ref.region, volumeId: ref.id, newest, exists, kind },
        now,
        config.maxBackupAgeHours
      )
      if (f) await record(state, [[f, null]])
    })
  )
}

async function collect<P>(
  pages: AsyncIterable<P>,
  ids: (page: P) => (string | undefined)[]
): Promise<ReadonlySet<string>> {
  const out = new Set<string>()
  for await (const page of pages) for (const id of ids(page)) if (id) out.add(id)
  return out
}

function loadLookup(target: AccountTarget, region: string, kind: Lookup): Promise<ReadonlySet<string>> {
  const c = target.clients
  switch (kind) {
    case 'volumes':
      return collect(paginateDescribeVolumes({ client: c.ec2(region), pageSize: VOLUME_PAGE_SIZE }, {}), (p) =>
        (p.Volumes ?? []).map((v) => v.VolumeId)
      )
    case 'images':
      return collect(
        paginateDescribeImages(
          { client: c.ec2(region), pageSize: EBS_PAGE_SIZE },
          { Owners: ['self'], IncludeDeprecated: true, IncludeDisabled: true }
        ),
        (p) => (p.Images ?? []).flatMap((i) => (i.BlockDeviceMappings ?? []).map((m) => m.Ebs?.SnapshotId))
      )
    case 'db-instances':
      return collect(paginateDescribeDBInstances({ client: c.rds(region), pageSize: RDS_PAGE_SIZE }, {}), (p) =>
        (p.DBInstances ?? []).map((d) => d.DBInstanceIdentifier)
      )
    case 'db-clusters':
      return collect(paginateDescribeDBClusters({ client: c.rds(region), pageSize: RDS_PAGE_SIZE }, {}), (p) =>
        (p.DBClusters ?? []).map((d) => d.DBClusterIdentifier)
      )
    case 'file-systems':
      return collect(paginateDescribeFileSystems({ client: c.efs(region), pageSize: 100 }, {}), (p) =>
        (p.FileSystems ?? []).map((f) => f.FileSystemId)
      )
  }
}

/** Reads who may restore a snapshot: EBS createVolumePermission, or the RDS/Aurora restore attribute. */
async function readGrants(target: AccountTarget, r: SnapshotRecord): Promise<Grants> {
  const c = target.clients
  if (r.service === 'ebs') {
    const out = await c
      .ec2(r.region)
      .send(new DescribeSnapshotAttributeCommand({ SnapshotId: r.snapshotId, Attribute: 'createVolumePermission' }))
    const perms = out.CreateVolumePermissions ?? []
    return {
      public: perms.some((p) => p.Group === 'all'),
      accounts: perms.map((p) => p.UserId).filter((u): u is string => typeof u === 'string')
    }
  }
  if (r.service === 'rds') {
    const out = await c
      .rds(r.region)
      .send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: r.snapshotId }))
    return restoreGrants(out.DBSnapshotAttributesResult?.DBSnapshotAttributes)
  }
  const out = await c
    .rds(r.region)
    .send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: r.snapshotId }))
  return restoreGrants(out.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes)
}

/** Judges the volumes of the volume input once every account is listed: newest completed snapshot, and whether it exists. */
async function staleBackups(
  state: RunState,
  all: readonly { check: AccountCheck; regions: readonly string[] }[]
): Promise<void> {
  const { config, now } = state
  // An account whose role could not be assumed is already reported; asking it again would only repeat that.
  const checks = all.filter((c) => c.check.target.failure === undefined)
  const ebsListed = config.services.includes('ebs')
  await Promise.all(
    config.volumes.map(async (v) => {
      const seen = state.newest.get(inputVolumeKey(v))
      let newest = seen?.at ?? null
      let owner = seen?.accountId ?? null
      let unknown = false
      for (const { check, regions } of checks) {
        if (ebsListed && regions.includes(v.region) && !check.ebsFailed.has(v.region)) continue
        const direct = await check.newestSnapshot(v)
        if (direct === 'unknown') unknown = true
        else if (direct !== null && (newest === null || direct > newest)) {
          newest = direct
          owner = check.target.accountId
        }
      }
      if (newest === null && unknown) return
      const fresh = newest !== null && now.getTime() - newest.getTime() <= config.maxBackupAgeHours * HOUR_MS
      if (fresh) return
      let exists: boolean | null = false
      for (const { check } of checks) {
        const volumes = await check.lookup(v.region, 'volumes')
        if (volumes === null) exists = exists || null
        else if (volumes.has(v.volumeId)) {
          exists = true
          owner = check.target.accountId
        }
      }
      const accountId = owner ?? checks[0]?.check.target.accountId ?? ''
      const f = staleBackupFinding(
        { accountId, region: v.region, volumeId: v.volumeId, newest, exists },
        now,
        config.maxBackupAgeHours
      )
      if (f) await record(state, [[f, null]])
    })
  )
}

/** Reads an account's EBS settings in each region and judges them. */
async function checkSettings(state: RunState, target: AccountTarget, regions: readonly string[]): Promise<void> {
  const settings = await readAccountSettings(target, regions)
  state.accountSettings.push(...settings)
  await record(
    state,
    settings.flatMap(settingsFindings).map((f): TaggedFinding => [f, null])
  )
}

/**
 * Checks every snapshot of every target account against the rules, as pages arrive: per-record rules at once,
 * orphans against each region's sources (loaded once), sharing with a bounded number of attribute calls, and
 * the volume input's backups at the end. Findings stream to the CSV and the findings JSON.
 */
export async function runCheck(
  config: CheckConfig,
  targets: readonly AccountTarget[],
  clock: Clock,
  deps: CheckDeps = {}
): Promise<CheckResult> {
  const now = clock.now()
  const sink = FindingSink.open({
    csvPath: config.csvPath,
    generatedAt: now.toISOString(),
    ignoreRules: config.ignoreRules,
    topLimit: Math.max(TOP_FINDINGS, config.maxAnnotations),
    baseline: deps.baseline ?? null
  })
  const state: RunState = {
    config,
    now,
    sink,
    tally: new FindingTally(),
    aggregator: new Aggregator(now),
    costs: new CostRangeTracker(),
    failures: [],
    wanted: new Set(config.volumes.map(inputVolumeKey)),
    newest: new Map(),
    snapshotCount: 0,
    shareCheckLimit: deps.shareCheckLimit ?? SHARE_CHECK_LIMIT,
    accountSettings: []
  }
  const list = deps.listAccount ?? inventoryAccount
  const gaps: SharingGap[] = []
  const checks = await forEachBounded(targets, config.maxParallelAccounts, async (target) => {
    const check = new AccountCheck(state, target)
    const onFailure = (f: ListingFailure): void => {
      if (f.service === 'ebs') check.ebsFailed.add(f.region)
      state.failures.push(f)
    }
    const regions = await list(config, target, (records) => check.page(records), onFailure, now)
    gaps.push(...(await check.settle()))
    await check.archiveFindings()
    if (config.services.includes('ebs')) await checkSettings(state, target, regions)
    return { check, regions }
  })
  await staleBackups(state, checks)
  await staleDbBackups(state, checks)
  if ((config.copyToRegions ?? []).length > 0) {
    const named = sourcesOf({
      volumes: config.volumes,
      dbInstances: config.dbInstances ?? [],
      dbClusters: config.dbClusters ?? []
    })
    const dr = await missingDrCopies(
      checks.map((c) => c.check.target).filter((t) => t.failure === undefined),
      KINDS.flatMap((kind) => named[kind.name].map((s) => ({ kind, region: s.region, id: s.id }))),
      config.copyToRegions ?? [],
      now,
      config.maxBackupAgeHours
    )
    state.failures.push(...dr.failures)
    await record(
      state,
      dr.findings.map((f): TaggedFinding => [f, null])
    )
  }
  await sink.close()
  const rules = sink.ruleCounts()
  return {
    mode: 'check',
    generatedAt: now.toISOString(),
    accounts: targets.map((t) => t.accountId),
    regions: [...new Set(checks.flatMap((c) => c.regions))].sort(),
    snapshotCount: state.snapshotCount,
    findingsCount: sink.findingsCount,
    silencedCount: rules.reduce((n, r) => n + r.silenced, 0),
    rules,
    findingCounts: state.tally.list(),
    topFindings: sink.top(),
    newFindings: sink.newFindings(),
    sharingGaps: gaps.sort((a, b) =>
      `${a.accountId}${a.region}${a.service}`.localeCompare(`${b.accountId}${b.region}${b.service}`)
    ),
    aggregate: state.aggregator.result(),
    costs: { ranges: state.costs.result(), measurement: null },
    failures: state.failures.sort((a, b) =>
      `${a.accountId}${a.region}${a.service}`.localeCompare(`${b.accountId}${b.region}${b.service}`)
    ),
    accountSettings: state.accountSettings.sort((a, b) =>
      `${a.accountId}/${a.region}`.localeCompare(`${b.accountId}/${b.region}`)
    ),
    csvPath: sink.csvPath,
    findingsJsonPath: sink.jsonPath,
    settings: {
      maxAgeDays: config.maxAgeDays,
      maxBackupAgeHours: config.maxBackupAgeHours,
      allowedAccounts: config.allowedAccounts,
      ignoreRules: config.ignoreRules,
      volumes: config.volumes.map(inputVolumeKey),
      archiveMinAgeDays: config.archiveAfterDays ?? ARCHIVE_CANDIDATE_MIN_AGE_DAYS
    }
  }
}
