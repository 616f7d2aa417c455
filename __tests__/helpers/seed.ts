import { CreateSnapshotCommand, CreateTagsCommand, CreateVolumeCommand } from '@aws-sdk/client-ec2'
import {
  CreateDBClusterCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand
} from '@aws-sdk/client-rds'
import { awsClients } from './aws.js'

/** One snapshot the seed made, as the inventory should report it. */
export interface Seeded {
  region: string
  service: 'ebs' | 'rds' | 'rds-cluster'
  snapshotId: string
  sourceId: string
  sizeGib: number
  encrypted: boolean
  snapshotType: 'manual' | 'automated'
  managed: boolean
}

/** The regions the demo account uses. */
export const SEED_REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'] as const

async function ebs(
  endpoint: string,
  region: string,
  size: number,
  encrypted: boolean,
  snapshots: number,
  tags: Record<string, string>[] = [],
  accountId?: string
): Promise<Seeded[]> {
  const { ec2 } = awsClients(endpoint, region, accountId ? { accountId } : {})
  const vol = await ec2.send(
    new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: size, Encrypted: encrypted, VolumeType: 'gp3' })
  )
  const volumeId = vol.VolumeId ?? ''
  await ec2.send(
    new CreateTagsCommand({ Resources: [volumeId], Tags: [{ Key: 'Name', Value: `data-${region}-${size}` }] })
  )
  const out: Seeded[] = []
  for (let i = 0; i < snapshots; i++) {
    const t = tags[i] ?? {}
    const snap = await ec2.send(
      new CreateSnapshotCommand({
        VolumeId: volumeId,
        Description: `seed ${i}`,
        ...(Object.keys(t).length
          ? {
              TagSpecifications: [
                { ResourceType: 'snapshot', Tags: Object.entries(t).map(([Key, Value]) => ({ Key, Value })) }
              ]
            }
          : {})
      })
    )
    out.push({
      region,
      service: 'ebs',
      snapshotId: snap.SnapshotId ?? '',
      sourceId: volumeId,
      sizeGib: size,
      encrypted,
      snapshotType: 'manual',
      managed: t['snapshot-hygiene:managed'] === 'true'
    })
  }
  return out
}

/** Seeds a small account: EBS in three regions, an RDS instance and an Aurora cluster with snapshots. */
export async function seedDemoAccount(endpoint: string, accountId?: string): Promise<Seeded[]> {
  const acct = accountId ? { accountId } : {}
  const seeded: Seeded[] = [
    ...(await ebs(
      endpoint,
      'us-east-1',
      100,
      true,
      3,
      [{ team: 'web' }, { 'snapshot-hygiene:managed': 'true' }, {}],
      accountId
    )),
    ...(await ebs(endpoint, 'us-east-1', 8, false, 1, [], accountId)),
    ...(await ebs(endpoint, 'eu-west-1', 500, true, 2, [], accountId)),
    ...(await ebs(endpoint, 'ap-southeast-2', 50, false, 1, [{ 'cost-center': 'a,b "quoted"' }], accountId))
  ]
  const { rds } = awsClients(endpoint, 'eu-west-1', acct)
  await rds.send(
    new CreateDBInstanceCommand({
      DBInstanceIdentifier: 'orders-db',
      DBInstanceClass: 'db.t3.micro',
      Engine: 'postgres',
      AllocatedStorage: 20,
      MasterUsername: 'app',
      MasterUserPassword: 'not-a-real-password'
    })
  )
  await rds.send(
    new CreateDBSnapshotCommand({
      DBInstanceIdentifier: 'orders-db',
      DBSnapshotIdentifier: 'orders-db-before-migration',
      Tags: [{ Key: 'team', Value: 'payments' }]
    })
  )
  const aurora = awsClients(endpoint, 'ap-southeast-2', acct).rds
  await aurora.send(
    new CreateDBClusterCommand({
      DBClusterIdentifier: 'catalog',
      Engine: 'aurora-postgresql',
      MasterUsername: 'app',
      MasterUserPassword: 'not-a-real-password',
      StorageEncrypted: true
    })
  )
  await aurora.send(
    new CreateDBClusterSnapshotCommand({
      DBClusterIdentifier: 'catalog',
      DBClusterSnapshotIdentifier: 'catalog-weekly'
    })
  )
  seeded.push(
    {
      region: 'eu-west-1',
      service: 'rds',
      snapshotId: 'orders-db-before-migration',
      sourceId: 'orders-db',
      sizeGib: 20,
      encrypted: false,
      snapshotType: 'manual',
      managed: false
    },
    {
      region: 'ap-southeast-2',
      service: 'rds-cluster',
      snapshotId: 'catalog-weekly',
      sourceId: 'catalog',
      sizeGib: 1,
      encrypted: true,
      snapshotType: 'manual',
      managed: false
    }
  )
  return seeded
}
