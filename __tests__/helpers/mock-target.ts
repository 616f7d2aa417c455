import { EC2Client, type Snapshot } from '@aws-sdk/client-ec2'
import { S3Client } from '@aws-sdk/client-s3'
import { DescribeDBClusterSnapshotsCommand, DescribeDBSnapshotsCommand, RDSClient } from '@aws-sdk/client-rds'
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock'
import type { AccountTarget } from '../../src/accounts.js'
import type { ClientFactory } from '../../src/clients.js'

/** An account whose EC2 and RDS clients (one per region) and S3 client are aws-sdk-client-mock stubs. */
export interface MockTarget {
  target: AccountTarget
  ec2: Record<string, AwsClientStub<EC2Client>>
  /** RDS of each region: no DB or cluster snapshots unless a test says otherwise. */
  rds: Record<string, AwsClientStub<RDSClient>>
  s3: AwsClientStub<S3Client>
}

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }

/** Builds a target for the given regions; clients of other regions throw, so stray calls are caught. */
export function mockTarget(accountId: string, regions: readonly string[]): MockTarget {
  const ec2Clients = Object.fromEntries(regions.map((r) => [r, new EC2Client({ region: r, credentials })]))
  const rdsClients = Object.fromEntries(regions.map((r) => [r, new RDSClient({ region: r, credentials })]))
  const s3Client = new S3Client({ region: 'us-east-1', credentials })
  const unexpected = (what: string) => (): never => {
    throw new Error(`unexpected ${what} client`)
  }
  const ec2 = (region: string): EC2Client => {
    const c = ec2Clients[region]
    if (c === undefined) throw new Error(`unexpected EC2 client for ${region}`)
    return c
  }
  const clients: ClientFactory = {
    accountId,
    credentials: undefined,
    ec2,
    ec2Paced: ec2,
    s3: () => s3Client,
    release: () => undefined,
    rds: (region: string): RDSClient => {
      const c = rdsClients[region]
      if (c === undefined) throw new Error(`unexpected RDS client for ${region}`)
      return c
    },
    backup: unexpected('Backup'),
    efs: unexpected('EFS'),
    ebs: unexpected('EBS'),
    sts: unexpected('STS')
  }
  const rds = Object.fromEntries(
    Object.entries(rdsClients).map(([r, c]) => {
      const stub = mockClient(c)
      stub.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [] })
      stub.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [] })
      return [r, stub]
    })
  )
  return {
    target: { accountId, clients },
    ec2: Object.fromEntries(Object.entries(ec2Clients).map(([r, c]) => [r, mockClient(c)])),
    rds,
    s3: mockClient(s3Client)
  }
}

/** An SDK-like error with an AWS error code as its name. */
export function awsError(code: string, message = code): Error {
  return Object.assign(new Error(message), { name: code, $metadata: {} })
}

/** A completed EBS snapshot as DescribeSnapshots returns it. */
export function ebsSnapshot(
  id: string,
  volumeId: string,
  startTime: Date,
  opts: { tags?: Record<string, string>; size?: number; state?: string; owner?: string } = {}
): Snapshot {
  const tags = opts.tags ?? { 'snapshot-hygiene:managed': 'true' }
  return {
    SnapshotId: id,
    VolumeId: volumeId,
    State: (opts.state ?? 'completed') as Snapshot['State'],
    StartTime: startTime,
    VolumeSize: opts.size ?? 8,
    OwnerId: opts.owner ?? '111122223333',
    Encrypted: false,
    StorageTier: 'standard',
    Description: `backup of ${volumeId}`,
    Progress: '100%',
    Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
  }
}

/** Resolves a promise while driving a fake clock: fires timers until the promise settles. */
export async function settle<T>(
  clock: { runAll(): Promise<number> },
  promise: Promise<T>,
  rounds = 10_000
): Promise<T> {
  const state = { done: false }
  const tracked = promise.finally(() => {
    state.done = true
  })
  for (let i = 0; i < rounds && !state.done; i++) {
    await clock.runAll()
    await new Promise((r) => setTimeout(r, 0))
  }
  return tracked
}

/** The snapshot ids a DescribeSnapshots asks for: its SnapshotIds, or the values of its snapshot-id filter. */
export function describedIds(input: {
  SnapshotIds?: string[]
  Filters?: { Name?: string; Values?: string[] }[]
}): string[] {
  return [
    ...(input.SnapshotIds ?? []),
    ...(input.Filters ?? []).filter((f) => f.Name === 'snapshot-id').flatMap((f) => f.Values ?? [])
  ]
}
