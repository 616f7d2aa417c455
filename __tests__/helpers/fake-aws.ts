import {
  DeleteSnapshotCommand,
  DescribeRegionsCommand,
  DescribeSnapshotsCommand,
  type Filter,
  type Snapshot
} from '@aws-sdk/client-ec2'
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type GetObjectCommandOutput
} from '@aws-sdk/client-s3'
import { metadataDocument, metadataKey, snapshotFacts, unknownVolume } from '../../src/metadata.js'
import type { Pacer } from '../../src/pacer.js'
import { awsError, ebsSnapshot, type MockTarget } from './mock-target.js'

/** The metadata document backup writes for a snapshot (the real producer's output), as stored text. */
export function backupDocument(
  snapshotId: string,
  volumeId: string,
  region: string,
  accountId: string,
  at: Date = new Date(Date.UTC(2026, 0, 1))
): string {
  return JSON.stringify(
    metadataDocument(
      snapshotFacts(ebsSnapshot(snapshotId, volumeId, at, { owner: accountId }), accountId, region),
      unknownVolume(volumeId, region),
      { repository: '', workflow: '', runId: '', runUrl: '', sha: '', actor: '' },
      'backup',
      at
    )
  )
}

function matches(s: Snapshot, filters: readonly Filter[]): boolean {
  const tags = new Map((s.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']))
  return filters.every((f) => {
    const values = f.Values ?? []
    if (f.Name?.startsWith('tag:')) return values.includes(tags.get(f.Name.slice(4)) ?? '\u0000')
    if (f.Name === 'volume-id') return values.includes(s.VolumeId ?? '')
    if (f.Name === 'snapshot-id') return values.includes(s.SnapshotId ?? '')
    throw new Error(`filter ${f.Name ?? ''} not faked`)
  })
}

/**
 * A small EC2 (per region) and S3 behind aws-sdk-client-mock stubs: what exists, every call in order (with its
 * input where it matters), and errors to inject per snapshot, key or region.
 */
export class FakeAws {
  readonly snapshots: Record<string, Map<string, Snapshot>>
  readonly objects = new Map<string, string>()
  readonly log: string[] = []
  /** Errors thrown by DeleteSnapshot of a snapshot id, one per call, in order. */
  readonly deleteErrors = new Map<string, Error[]>()
  /** Errors thrown by the owned-snapshot listing of a region (not by the snapshot-id lookups). */
  readonly listErrors = new Map<string, Error>()
  /** Errors thrown by the snapshot-id lookups of a region. */
  readonly lookupErrors = new Map<string, Error>()
  /** Errors thrown by GetObject, DeleteObject or PutObject of a key. */
  readonly getErrors = new Map<string, Error>()
  readonly deleteObjectErrors = new Map<string, Error>()
  readonly putErrors = new Map<string, Error>()
  /** Event-loop turns GetObject of a key waits before answering (to make reads finish out of order). */
  readonly getDelays = new Map<string, number>()
  /** Thrown by ListObjectsV2 when set. */
  listObjectsError: Error | null = null
  /** The snapshot-id filter values of every lookup, per region. */
  readonly lookups: Record<string, string[][]>

  constructor(
    readonly m: MockTarget,
    readonly regions: readonly string[],
    readonly prefix: string
  ) {
    this.snapshots = Object.fromEntries(regions.map((r) => [r, new Map()]))
    this.lookups = Object.fromEntries(regions.map((r) => [r, []]))
    for (const region of regions) {
      const ec2 = m.ec2[region]
      ec2?.on(DescribeSnapshotsCommand).callsFake((input: { Filters?: Filter[]; OwnerIds?: string[] }) => {
        const filters = input.Filters ?? []
        const byId = filters.find((f) => f.Name === 'snapshot-id')
        if (byId) {
          this.lookups[region]?.push([...(byId.Values ?? [])])
          const failure = this.lookupErrors.get(region)
          if (failure) throw failure
        } else {
          const failure = this.listErrors.get(region)
          if (failure) throw failure
        }
        this.log.push(`DescribeSnapshots ${region} ${filters.map((f) => f.Name).join('+')}`)
        if (input.OwnerIds?.[0] !== 'self') throw new Error('DescribeSnapshots without OwnerIds self')
        return { Snapshots: [...(this.snapshots[region]?.values() ?? [])].filter((s) => matches(s, filters)) }
      })
      ec2?.on(DeleteSnapshotCommand).callsFake((input: { SnapshotId: string }) => {
        this.log.push(`DeleteSnapshot ${region} ${input.SnapshotId}`)
        const err = this.deleteErrors.get(input.SnapshotId)?.shift()
        if (err) throw err
        if (!this.snapshots[region]?.delete(input.SnapshotId)) throw awsError('InvalidSnapshot.NotFound', '')
        return {}
      })
    }
    m.s3.on(ListObjectsV2Command).callsFake((input: { Prefix?: string }) => {
      this.log.push(`ListObjectsV2 ${input.Prefix ?? ''}`)
      if (this.listObjectsError) throw this.listObjectsError
      return {
        Contents: [...this.objects.keys()]
          .filter((k) => k.startsWith(input.Prefix ?? ''))
          .sort()
          .map((Key) => ({ Key }))
      }
    })
    m.s3.on(GetObjectCommand).callsFake(async (input: { Key: string }) => {
      this.log.push(`GetObject ${input.Key}`)
      for (let i = 0; i < (this.getDelays.get(input.Key) ?? 0); i++) await new Promise((r) => setImmediate(r))
      const failure = this.getErrors.get(input.Key)
      if (failure) throw failure
      const text = this.objects.get(input.Key)
      if (text === undefined) throw awsError('NoSuchKey')
      return {
        Body: { transformToString: () => Promise.resolve(text) } as unknown as NonNullable<
          GetObjectCommandOutput['Body']
        >
      }
    })
    m.s3.on(DeleteObjectCommand).callsFake((input: { Key: string }) => {
      this.log.push(`DeleteObject ${input.Key}`)
      const failure = this.deleteObjectErrors.get(input.Key)
      if (failure) throw failure
      this.objects.delete(input.Key)
      return {}
    })
    m.s3.on(PutObjectCommand).callsFake((input: { Key: string; Body: string }) => {
      this.log.push(`PutObject ${input.Key}`)
      const failure = this.putErrors.get(input.Key)
      if (failure) throw failure
      this.objects.set(input.Key, input.Body)
      return {}
    })
  }

  /** Makes DescribeRegions in a region answer the given region names. */
  regionList(region: string, names: readonly string[] | Error): void {
    const stub = this.m.ec2[region]?.on(DescribeRegionsCommand)
    if (names instanceof Error) stub?.rejects(names)
    else stub?.resolves({ Regions: names.map((RegionName) => ({ RegionName })) })
  }

  /** Adds a snapshot to a region, owned by the target's account, and (unless told not to) the backup's metadata. */
  add(region: string, s: Snapshot, withMetadata = true): string {
    const id = s.SnapshotId ?? ''
    this.snapshots[region]?.set(id, { ...s, OwnerId: this.m.target.accountId })
    if (withMetadata) this.objects.set(this.key(s.VolumeId ?? '', id), this.doc(id, s.VolumeId ?? '', region))
    return id
  }

  /** The metadata key of a snapshot under the prefix. */
  key(volumeId: string, snapshotId: string): string {
    return metadataKey(this.prefix, volumeId, snapshotId)
  }

  /** The backup's document of a snapshot of the target's account (or another). */
  doc(snapshotId: string, volumeId: string, region: string, accountId = this.m.target.accountId): string {
    return backupDocument(snapshotId, volumeId, region, accountId)
  }

  ids(region: string): string[] {
    return [...(this.snapshots[region]?.keys() ?? [])].sort()
  }

  calls(prefix: string): string[] {
    return this.log.filter((l) => l.startsWith(prefix))
  }
}

/** A pacer that never waits, counting tokens and penalties per account/region. */
export function countingPacers(): {
  pacer: (accountId: string, region: string) => Pacer
  takes: Record<string, number>
  penalties: Record<string, number>
} {
  const takes: Record<string, number> = {}
  const penalties: Record<string, number> = {}
  return {
    takes,
    penalties,
    pacer: (accountId, region) => ({
      take: () => {
        takes[`${accountId}/${region}`] = (takes[`${accountId}/${region}`] ?? 0) + 1
        return Promise.resolve()
      },
      penalize: () => {
        penalties[`${accountId}/${region}`] = (penalties[`${accountId}/${region}`] ?? 0) + 1
      }
    })
  }
}
