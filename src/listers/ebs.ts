import { paginateDescribeSnapshots, type EC2Client, type Snapshot } from '@aws-sdk/client-ec2'
import { tagMap } from '../tags.js'
import { COPY_VOLUME_ID, type SnapshotRecord, type SnapshotType } from '../types.js'

/** EC2's largest DescribeSnapshots page. */
export const EBS_PAGE_SIZE = 1000

function ebsType(tags: Record<string, string>): SnapshotType {
  if (Object.keys(tags).some((k) => k.startsWith('aws:backup:'))) return 'aws-backup'
  if ('aws:dlm:lifecycle-policy-id' in tags) return 'automated'
  return 'manual'
}

const BYTES_PER_GIB = 1024 ** 3

/** Maps one EC2 snapshot to the common record. */
export function ebsRecord(s: Snapshot, accountId: string, region: string): SnapshotRecord {
  const tags = tagMap(s.Tags)
  const volume = s.VolumeId && s.VolumeId !== COPY_VOLUME_ID ? s.VolumeId : null
  return {
    accountId: s.OwnerId ?? accountId,
    region,
    service: 'ebs',
    snapshotId: s.SnapshotId ?? '',
    arn: null,
    snapshotType: ebsType(tags),
    sourceId: volume,
    state: s.State ?? 'unknown',
    createdAt: s.StartTime ?? new Date(0),
    sizeGib: s.VolumeSize ?? 0,
    ...(typeof s.FullSnapshotSizeInBytes === 'number' && s.FullSnapshotSizeInBytes >= 0
      ? { fullSizeGib: s.FullSnapshotSizeInBytes / BYTES_PER_GIB }
      : {}),
    encrypted: s.Encrypted ?? false,
    kmsKeyId: s.KmsKeyId ?? null,
    storageTier: s.StorageTier ?? 'standard',
    ...(s.RestoreExpiryTime ? { restoreExpiresAt: s.RestoreExpiryTime } : {}),
    tags
  }
}

/** Yields the account's own EBS snapshots in a region, a page at a time. */
export async function* listEbsSnapshots(
  ec2: EC2Client,
  accountId: string,
  region: string
): AsyncGenerator<SnapshotRecord[]> {
  for await (const page of paginateDescribeSnapshots(
    { client: ec2, pageSize: EBS_PAGE_SIZE },
    { OwnerIds: ['self'] }
  )) {
    yield (page.Snapshots ?? []).map((s) => ebsRecord(s, accountId, region))
  }
}
