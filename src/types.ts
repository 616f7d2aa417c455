/** The services whose snapshots the action lists. */
export type Service = 'ebs' | 'rds' | 'rds-cluster' | 'efs'

/** Who made a snapshot: a person or script, the service's own schedule, or AWS Backup. */
export type SnapshotType = 'manual' | 'automated' | 'aws-backup'

/** One snapshot or recovery point, as every lister yields it. */
export interface SnapshotRecord {
  accountId: string
  region: string
  service: Service
  snapshotId: string
  /** ARN where the service gives one (RDS, AWS Backup); null for EBS. */
  arn: string | null
  snapshotType: SnapshotType
  /** Source volume, DB instance, DB cluster or file system; null when unknown (EBS copies carry vol-ffffffff). */
  sourceId: string | null
  state: string
  createdAt: Date
  sizeGib: number
  /**
   * EBS: the full size of the blocks written on the volume when the snapshot was taken (FullSnapshotSizeInBytes, in
   * GiB), when AWS returns it; not the incremental size AWS bills. Absent for other services.
   */
  fullSizeGib?: number
  encrypted: boolean
  kmsKeyId: string | null
  /** standard or archive for EBS; warm or cold for AWS Backup; standard for RDS. */
  storageTier: string
  tags: Record<string, string>
  /** EBS: when a restored archived snapshot goes back to the archive (RestoreExpiryTime); absent when not restored. */
  restoreExpiresAt?: Date
  /** EBS snapshot lock: compliance, governance, compliance-cooloff or expired; absent when not locked or not read. */
  lockState?: string
  /** When the lock ends (null: AWS did not say); absent when not locked or not read. */
  lockExpiresAt?: Date | null
}

/** A region or service that could not be listed, and why. */
export interface ListingFailure {
  accountId: string
  region: string
  service: Service | 'regions' | 'account'
  message: string
}

/**
 * The key of an EBS volume: REGION/vol-... as the volume input names it, behind ACCOUNT/ when the key is for one
 * account (null: whichever account holds it).
 */
export function volumeKey(accountId: string | null, region: string, volumeId: string): string {
  return accountId === null ? `${region}/${volumeId}` : `${accountId}/${region}/${volumeId}`
}

/** The tag keys the action owns. */
export const TAG_MANAGED = 'snapshot-hygiene:managed'
export const TAG_EXPIRES_AT = 'snapshot-hygiene:expires-at'
export const TAG_IGNORE = 'snapshot-hygiene:ignore'

/** The meaningless source volume that EBS copies carry. */
export const COPY_VOLUME_ID = 'vol-ffffffff'
