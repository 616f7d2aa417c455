/**
 * The backup demo: starts the moto server, tags volumes `backup=daily` in two regions (and leaves others untagged),
 * then runs the bundled action as the runner would: a tag-selected backup with a copy into a third region, a
 * backup-and-prune that keeps the newest of each volume and of its copies, a prune that moves what retention keeps
 * to the archive tier, an inventory and a check.
 */
import * as path from 'node:path'
import { CreateSnapshotCommand, CreateVolumeCommand } from '@aws-sdk/client-ec2'
import { CreateBucketCommand } from '@aws-sdk/client-s3'
import { startMoto } from '../__tests__/helpers/moto.js'
import { runAction, ROOT, type ActionRun } from '../__tests__/helpers/action.js'
import { awsClients } from '../__tests__/helpers/aws.js'

const BUCKET = 'demo-backups'
const REGIONS = ['us-east-1', 'eu-west-1']
const COPY_REGION = 'us-west-2'

console.log('Starting the moto server ...')
const moto = await startMoto()
const env = { AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'us-east-1' }
const node = path.join(ROOT, 'node_modules', '.bin', 'node')

async function volume(region: string, size: number, tags: Record<string, string>): Promise<string> {
  const v = await awsClients(moto.url, region).ec2.send(
    new CreateVolumeCommand({
      AvailabilityZone: `${region}a`,
      Size: size,
      VolumeType: 'gp3',
      TagSpecifications: [
        { ResourceType: 'volume', Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) }
      ]
    })
  )
  return v.VolumeId ?? ''
}

let step = 0
async function run(title: string, inputs: Record<string, string>): Promise<ActionRun> {
  step += 1
  console.log(`\n${'='.repeat(100)}\n${step}. ${title}\n   inputs: ${JSON.stringify(inputs)}\n${'='.repeat(100)}\n`)
  const result = await runAction({
    inputs,
    env,
    node,
    workDir: path.join(ROOT, 'demo-output', `backup-${step}`)
  })
  console.log(result.summary)
  console.log('Step outputs:')
  for (const [k, v] of Object.entries(result.outputs)) console.log(`  ${k}: ${v}`)
  console.log(`Exit code: ${result.code}`)
  if (result.code !== 0) {
    console.error(result.stdout, result.stderr)
    process.exitCode = 1
  }
  return result
}

try {
  await awsClients(moto.url, 'us-east-1').s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
  const volumes = {
    'us-east-1 web-data (backup=daily)': await volume('us-east-1', 100, { backup: 'daily', Name: 'web-data' }),
    'us-east-1 scratch (untagged)': await volume('us-east-1', 50, { Name: 'scratch' }),
    'eu-west-1 db-data (backup=daily)': await volume('eu-west-1', 200, { backup: 'daily', Name: 'db-data' }),
    'eu-west-1 logs (backup=weekly)': await volume('eu-west-1', 20, { backup: 'weekly', Name: 'logs' })
  }
  console.log(`Volumes on the moto server at ${moto.url}:`)
  for (const [name, id] of Object.entries(volumes)) console.log(`  ${id}  ${name}`)
  // Two snapshots someone took by hand: nothing manages them, so check weighs archiving the older one.
  const west = awsClients(moto.url, 'eu-west-1').ec2
  for (const n of [1, 2]) {
    const snap = await west.send(
      new CreateSnapshotCommand({ VolumeId: volumes['eu-west-1 logs (backup=weekly)'], Description: `by hand ${n}` })
    )
    console.log(`  ${snap.SnapshotId ?? ''}  a snapshot of the logs volume taken by hand`)
  }

  const backup = {
    mode: 'backup',
    volume: 'tag:backup=daily',
    regions: REGIONS.join(','),
    bucket: BUCKET,
    'copy-to-regions': COPY_REGION,
    wait: 'true'
  }
  await run('Backup of every volume tagged backup=daily in both regions, copied to us-west-2', backup)
  await run('The next scheduled run, as backup-and-prune: keep the newest of each volume and of its copies', {
    ...backup,
    mode: 'backup-and-prune',
    'retention-days': '0',
    'keep-last': '1',
    'copy-retention-days': '0',
    'copy-keep-last': '1'
  })
  await run('A third backup, then a prune that keeps everything 400 days and archives what it keeps', backup)
  await run('Prune with retention-days 400, keep-last 1, archive-after-days 0', {
    mode: 'prune',
    volume: 'tag:backup=daily',
    regions: REGIONS.join(','),
    'retention-days': '400',
    'keep-last': '1',
    'archive-after-days': '0'
  })
  await run('Inventory of the three regions', {
    mode: 'inventory',
    regions: [...REGIONS, COPY_REGION].join(','),
    'artifact-name': 'snapshot-hygiene'
  })
  await run('Check: recent backups and DR copies of the tagged volumes, and what archiving would save', {
    mode: 'check',
    volume: 'tag:backup=daily',
    regions: [...REGIONS, COPY_REGION].join(','),
    'copy-to-regions': COPY_REGION,
    'archive-after-days': '0',
    'fail-on': 'never'
  })
} finally {
  await moto.stop()
}
