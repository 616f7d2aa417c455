/** The simulated account's item shapes, one per listed resource. */

/** An EBS snapshot as DescribeSnapshots reports it. */
export interface EbsSnapshot {
  snapshotId: string
  volumeId: string
  state: 'pending' | 'completed' | 'error'
  progress: string
  startTime: Date
  volumeSize: number
  /** The blocks written on the volume when the snapshot was taken, in bytes (bench/sim/blocks.ts); absent: not returned. */
  fullSnapshotSizeInBytes?: number
  encrypted: boolean
  kmsKeyId: string | null
  storageTier: 'standard' | 'archive'
  ownerId: string
  description: string
  tags: Record<string, string>
  /** Restorable by everyone (matches RestorableBy=all). */
  public: boolean
  /** For a snapshot made while the simulator runs (CreateSnapshot, CopySnapshot): when it turns completed (epoch ms). */
  completesAt?: number
}

/** An EBS volume as DescribeVolumes reports it (backup's sources). */
export interface SimVolume {
  volumeId: string
  sizeGib: number
  availabilityZone: string
  volumeType: string
  encrypted: boolean
  createTime: Date
  tags: Record<string, string>
}

/** Who made an RDS snapshot. */
export type RdsSnapshotType = 'manual' | 'automated' | 'awsbackup'

/** Fields shared by RDS instance and cluster snapshots. */
interface RdsSnapshotBase {
  identifier: string
  arn: string
  createdAt: Date
  status: string
  allocatedStorage: number
  encrypted: boolean
  kmsKeyId: string | null
  snapshotType: RdsSnapshotType
  engine: string
  tags: Record<string, string>
}

/** An RDS DB instance snapshot. */
export interface DbSnapshot extends RdsSnapshotBase {
  instanceId: string
  /** For a copy made while the simulator runs (CopyDBSnapshot): when it turns available (epoch ms). */
  completesAt?: number
}

/** An Aurora DB cluster snapshot. */
export interface DbClusterSnapshot extends RdsSnapshotBase {
  clusterId: string
}

/** An AWS Backup recovery point of an EFS file system. */
export interface RecoveryPoint {
  recoveryPointArn: string
  vaultName: string
  resourceArn: string
  resourceType: string
  creationDate: Date
  status: 'COMPLETED' | 'PARTIAL' | 'DELETING' | 'EXPIRED'
  backupSizeInBytes: number
  isEncrypted: boolean
  encryptionKeyArn: string | null
  storageClass: 'WARM' | 'COLD'
  deleteAt: Date | null
  moveToColdStorageAt: Date | null
}

/** An AWS Backup vault. */
export interface BackupVault {
  name: string
  arn: string
  creationDate: Date
  encryptionKeyArn: string
}

/** An EBS snapshot lock as the simulator keeps it (no cooling-off period: a compliance lock is final at once). */
export interface SimSnapshotLock {
  mode: 'governance' | 'compliance'
  /** Days, 1 to 36500. */
  duration: number
  createdOn: Date
  expiresOn: Date
}

/** The account settings of a region that protect all its snapshots. */
export interface SimRegionSettings {
  /** GetSnapshotBlockPublicAccessState: unblocked (AWS's default), block-new-sharing or block-all-sharing. */
  blockPublicAccess: 'unblocked' | 'block-new-sharing' | 'block-all-sharing'
  /** GetEbsEncryptionByDefault (off by default, as in AWS). */
  encryptionByDefault: boolean
}
