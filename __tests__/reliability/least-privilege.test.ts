import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMoto, type Moto } from '../helpers/moto.js'
import { ROOT, runAction } from '../helpers/action.js'
import { seedDemoAccount, SEED_REGIONS, type Seeded } from '../helpers/seed.js'
import { allowedActions, readPolicy, userWithPolicies, withoutAction, type PolicyDocument } from '../helpers/iam.js'
import { awsClients } from '../helpers/aws.js'
import {
  AttachVolumeCommand,
  CreateSnapshotCommand,
  CreateVolumeCommand,
  DescribeSnapshotsCommand,
  RunInstancesCommand
} from '@aws-sdk/client-ec2'
import { CreateBucketCommand } from '@aws-sdk/client-s3'
import {
  CreateDBClusterCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand
} from '@aws-sdk/client-rds'
import { stopStarted } from '../helpers/teardown.js'

type Creds = { accessKeyId: string; secretAccessKey: string }
const policy = readPolicy('inventory')
// moto lists no AWS Backup recovery points, so with no vault the listing call is never made.
const UNREACHABLE = ['backup:ListRecoveryPointsByBackupVault']
const reachable = allowedActions(policy).filter((a) => !UNREACHABLE.includes(a))
let moto: Moto
let seeded: Seeded[]
let full: Creds
const without = new Map<string, Creds>()

beforeAll(async () => {
  moto = await startMoto()
  seeded = await seedDemoAccount(moto.url)
  full = await userWithPolicies(moto.url, 'inventory-full', [policy])
  for (const [i, action] of reachable.entries())
    without.set(action, await userWithPolicies(moto.url, `inventory-without-${i}`, [withoutAction(policy, action)]))
  await moto.enforceIam(true)
})
afterAll(() => stopStarted(moto))

function runAs(creds: Creds, regions: string) {
  return runAction({
    inputs: { regions, 'fail-on-region-error': 'true' },
    env: {
      AWS_ENDPOINT_URL: moto.url,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: creds.accessKeyId,
      AWS_SECRET_ACCESS_KEY: creds.secretAccessKey
    }
  })
}

describe('least privilege: the inventory policy in the README', () => {
  it('is the policy the README shows', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const shown = /### Permissions for inventory \(read-only\)\s*```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    expect(JSON.parse(shown)).toEqual(policy)
  })

  it('is enough: under IAM enforcement the inventory lists every seeded snapshot and fails nothing', async () => {
    const r = await runAs(full, SEED_REGIONS.join(','))
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    expect(r.outputs['snapshot-count']).toBe(String(seeded.length + 2))
  })

  it('holds no action the inventory does not need: without any one, the step fails naming it', async () => {
    const runs = await Promise.all(
      reachable.map((a) => runAs(without.get(a) ?? full, a === 'ec2:DescribeRegions' ? 'all' : SEED_REGIONS.join(',')))
    )
    const evidence = (action: string): string => (action === 'backup:ListBackupVaults' ? 'efs in us-east-1' : action)
    // Lock state is extra: without it the inventory still lists every snapshot and says in a notice what to grant.
    const optional = ['ec2:DescribeLockedSnapshots']
    const result = reachable.map((a, i) => ({
      action: a,
      code: runs[i]?.code,
      named: [...(runs[i]?.errors ?? []), ...(runs[i]?.warnings ?? []), ...(runs[i]?.notices ?? [])].some((l) =>
        l.includes(evidence(a))
      )
    }))
    expect(result).toEqual(reachable.map((a) => ({ action: a, code: optional.includes(a) ? 0 : 1, named: true })))
  })
})

describe('least privilege: tag selectors and instance sets under the backup policy', () => {
  const BUCKET = 'lp-metadata'
  const NEEDED = ['ec2:DescribeRegions', 'ec2:DescribeInstances', 'ec2:CreateSnapshots'] as const
  let lp: Moto
  let tagged = ''
  let instanceId = ''
  let data = ''
  const users = new Map<string, Creds>()
  const backupPolicy = JSON.parse(
    JSON.stringify(readPolicy('backup')).replaceAll('METADATA-BUCKET', BUCKET)
  ) as ReturnType<typeof readPolicy>

  beforeAll(async () => {
    lp = await startMoto()
    const { ec2, s3 } = awsClients(lp.url, 'us-east-1')
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
    tagged =
      (
        await ec2.send(
          new CreateVolumeCommand({
            AvailabilityZone: 'us-east-1a',
            Size: 8,
            TagSpecifications: [{ ResourceType: 'volume', Tags: [{ Key: 'backup', Value: 'daily' }] }]
          })
        )
      ).VolumeId ?? ''
    const run = await ec2.send(
      new RunInstancesCommand({
        ImageId: 'ami-12c6146b',
        MinCount: 1,
        MaxCount: 1,
        Placement: { AvailabilityZone: 'us-east-1a' }
      })
    )
    instanceId = run.Instances?.[0]?.InstanceId ?? ''
    data = (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 8 }))).VolumeId ?? ''
    await ec2.send(new AttachVolumeCommand({ InstanceId: instanceId, VolumeId: data, Device: '/dev/sdf' }))
    users.set('full', await userWithPolicies(lp.url, 'lp-backup-full', [backupPolicy]))
    for (const [i, action] of NEEDED.entries())
      users.set(action, await userWithPolicies(lp.url, `lp-backup-without-${i}`, [withoutAction(backupPolicy, action)]))
    await lp.enforceIam(true)
  })
  afterAll(() => stopStarted(lp))

  function backupAs(creds: Creds) {
    return runAction({
      inputs: {
        mode: 'backup',
        volume: 'tag:backup=daily',
        instance: instanceId,
        regions: 'all',
        'exclude-boot-volume': 'true',
        bucket: BUCKET
      },
      env: {
        AWS_ENDPOINT_URL: lp.url,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: creds.accessKeyId,
        AWS_SECRET_ACCESS_KEY: creds.secretAccessKey
      }
    })
  }

  /** The volumes the run snapshotted, from its metadata keys. */
  function backedUp(keys: string | undefined): string[] {
    return (keys ?? '')
      .split(',')
      .filter((k) => k !== '')
      .map((k) => k.split('/')[1] ?? '')
      .sort()
  }

  it('is enough: the tagged volume and the instance set are backed up', async () => {
    const r = await backupAs(users.get('full') as Creds)
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    expect(backedUp(r.outputs['metadata-keys'])).toEqual([tagged, data].sort())
  })

  // Without DescribeRegions the selector cannot be searched: a warning under backup's fail-on-region-error
  // default (false), and the tagged volume is not backed up; without the others the step fails.
  it.each(NEEDED)(
    'needs %s: without it the work is not done, and the run says which call was refused',
    async (action) => {
      const r = await backupAs(users.get(action) as Creds)
      expect(r.code).toBe(action === 'ec2:DescribeRegions' ? 0 : 1)
      expect(backedUp(r.outputs['metadata-keys'])).not.toEqual([tagged, data].sort())
      expect(r.errors.join('\n') + r.warnings.join('\n')).toContain(action.split(':')[1] ?? '')
    }
  )
})

describe('least privilege: the copy policy, added to the backup policy, for EBS copies', () => {
  const BUCKET = 'copy-iam-metadata'
  const SOURCE_KEY = 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555'
  const COPY_KEY = 'arn:aws:kms:eu-west-1:123456789012:key/66666666-7777-8888-9999-000000000000'
  /** The KMS actions a copy with a key needs on the source and the copy keys (AWS-NOTES, README). */
  const KMS_ACTIONS = [
    'kms:CreateGrant',
    'kms:Decrypt',
    'kms:DescribeKey',
    'kms:GenerateDataKeyWithoutPlaintext',
    'kms:ReEncrypt*'
  ]
  const backupPolicy = (): PolicyDocument =>
    JSON.parse(JSON.stringify(readPolicy('backup')).replaceAll('METADATA-BUCKET', BUCKET)) as PolicyDocument
  const copyPolicy = JSON.parse(
    JSON.stringify(readPolicy('copies'))
      .replaceAll('SOURCE-KEY-ARN', SOURCE_KEY)
      .replaceAll('COPY-KEY-ARN', COPY_KEY)
      .replaceAll('METADATA-BUCKET', BUCKET)
  ) as PolicyDocument
  const readme = (): string => fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const section = (): string => {
    const text = readme()
    const at = text.indexOf('### Disaster recovery copies')
    return text.slice(at, text.indexOf('\n### ', at + 1))
  }

  // moto (5.2) checks under IAM enforcement only the action called, ec2:CopySnapshot: its CopySnapshot never calls
  // KMS, so no KMS action is checked and a policy without kms:CreateGrant copies there too. What the emulator cannot
  // check is checked on the documents: the KMS actions, granted on the named keys only, and the key policy.
  it('grants the KMS actions a copy needs on the two named keys only, and nothing else of KMS', () => {
    const policy = readPolicy('copies')
    const kms = policy.Statement.filter((st) =>
      allowedActions({ ...policy, Statement: [st] }).some((a) => a.startsWith('kms:'))
    )
    expect(kms).toHaveLength(1)
    expect(allowedActions({ ...policy, Statement: kms })).toEqual(KMS_ACTIONS)
    expect(kms[0]?.Resource).toEqual(['SOURCE-KEY-ARN', 'COPY-KEY-ARN'])
    for (const st of policy.Statement.filter((x) => !kms.includes(x)))
      expect(allowedActions({ ...policy, Statement: [st] }).filter((a) => a.startsWith('kms:'))).toEqual([])
  })

  it('is the copy policy the README shows, and the key policy the README shows is valid JSON granting those actions', () => {
    const blocks = [...section().matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '')
    expect(blocks).toHaveLength(2)
    expect(JSON.parse(blocks[0] ?? '')).toEqual(readPolicy('copies'))
    const keyPolicy = JSON.parse(blocks[1] ?? '') as {
      Version: string
      Statement: {
        Sid: string
        Effect: string
        Principal: { AWS: string }
        Action: string[]
        Resource: string
        Condition?: unknown
      }[]
    }
    expect(keyPolicy.Version).toBe('2012-10-17')
    expect(keyPolicy.Statement.flatMap((st) => st.Action).sort()).toEqual([...KMS_ACTIONS].sort())
    for (const st of keyPolicy.Statement) {
      expect(st.Effect).toBe('Allow')
      expect(st.Principal.AWS).toMatch(/^arn:aws:iam::\d{12}:role\//)
      expect(st.Resource).toBe('*')
    }
    // CreateGrant only for the AWS service making the copy; the other actions carry no grant condition (a request
    // that makes no grant has no kms:GrantIsForAWSResource, so the condition would refuse it).
    const grant = keyPolicy.Statement.filter((st) => st.Action.includes('kms:CreateGrant'))
    expect(grant.map((st) => [st.Action, st.Condition])).toEqual([
      [['kms:CreateGrant'], { Bool: { 'kms:GrantIsForAWSResource': 'true' } }]
    ])
    for (const st of keyPolicy.Statement.filter((x) => !grant.includes(x))) expect(st.Condition).toBeUndefined()
  })

  it('copies an encrypted volume snapshot with copy-kms-key under IAM enforcement with exactly the backup and copy policies, and ec2:CopySnapshot is needed', async () => {
    await moto.enforceIam(false)
    const { ec2, s3 } = awsClients(moto.url, 'us-east-1')
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
    const v = await ec2.send(
      new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 4, Encrypted: true, KmsKeyId: SOURCE_KEY })
    )
    const withCopies = await userWithPolicies(moto.url, 'copies-full', [backupPolicy(), copyPolicy])
    const noCopy = await userWithPolicies(moto.url, 'copies-without-copy', [
      backupPolicy(),
      withoutAction(copyPolicy, 'ec2:CopySnapshot')
    ])
    await moto.enforceIam(true)
    const run = (creds: Creds) =>
      runAction({
        inputs: {
          mode: 'backup',
          volume: v.VolumeId ?? '',
          bucket: BUCKET,
          'copy-to-regions': 'eu-west-1',
          'copy-kms-key': `eu-west-1=${COPY_KEY}`
        },
        env: {
          AWS_ENDPOINT_URL: moto.url,
          AWS_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: creds.accessKeyId,
          AWS_SECRET_ACCESS_KEY: creds.secretAccessKey
        }
      })
    const ok = await run(withCopies)
    expect(ok.errors).toEqual([])
    expect(ok.code).toBe(0)
    await moto.enforceIam(false)
    const copies = (
      await awsClients(moto.url, 'eu-west-1').ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }))
    ).Snapshots
    const copy = copies?.filter((c) => c.Tags?.some((t) => t.Key === 'snapshot-hygiene:copy-of'))
    expect(copy?.map((c) => [c.Description, c.Encrypted, c.KmsKeyId])).toEqual([
      [
        expect.stringMatching(new RegExp(`^snapshot-hygiene copy of snap-[0-9a-f]+ \\(${v.VolumeId ?? ''}\\)`)),
        true,
        COPY_KEY
      ]
    ])
    await moto.enforceIam(true)
    const denied = await run(noCopy)
    expect(denied.code).toBe(1)
    expect(denied.errors.some((e) => e.includes('into eu-west-1 failed') && e.includes('ec2:CopySnapshot'))).toBe(true)
  })
})

describe('least privilege: the instance input under the prune and check policies', () => {
  let lp: Moto
  let instanceId = ''
  let data = ''
  let old = ''
  const users = new Map<string, Creds>()
  const DESCRIBE_INSTANCES = 'ec2:DescribeInstances'
  // The instance's volumes are described for exclude-volume-tags; check.test.ts proves check needs DescribeVolumes.
  const NEEDED = { prune: [DESCRIBE_INSTANCES, 'ec2:DescribeVolumes'], check: [DESCRIBE_INSTANCES] }

  beforeAll(async () => {
    lp = await startMoto()
    const { ec2 } = awsClients(lp.url, 'us-east-1')
    const run = await ec2.send(
      new RunInstancesCommand({
        ImageId: 'ami-12c6146b',
        MinCount: 1,
        MaxCount: 1,
        Placement: { AvailabilityZone: 'us-east-1a' }
      })
    )
    instanceId = run.Instances?.[0]?.InstanceId ?? ''
    data = (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 8 }))).VolumeId ?? ''
    await ec2.send(new AttachVolumeCommand({ InstanceId: instanceId, VolumeId: data, Device: '/dev/sdf' }))
    old =
      (
        await ec2.send(
          new CreateSnapshotCommand({
            VolumeId: data,
            TagSpecifications: [
              { ResourceType: 'snapshot', Tags: [{ Key: 'snapshot-hygiene:managed', Value: 'true' }] }
            ]
          })
        )
      ).SnapshotId ?? ''
    for (const mode of ['prune', 'check'] as const) {
      const policy = readPolicy(mode)
      users.set(`${mode}-full`, await userWithPolicies(lp.url, `lp-${mode}-full`, [policy]))
      for (const [i, action] of NEEDED[mode].entries())
        users.set(
          `${mode}-without-${action}`,
          await userWithPolicies(lp.url, `lp-${mode}-without-${i}`, [withoutAction(policy, action)])
        )
    }
    await lp.enforceIam(true)
  })
  afterAll(() => stopStarted(lp))

  const env = (creds: Creds): Record<string, string> => ({
    AWS_ENDPOINT_URL: lp.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: creds.accessKeyId,
    AWS_SECRET_ACCESS_KEY: creds.secretAccessKey
  })
  const prune = (creds: Creds) =>
    runAction({
      inputs: {
        mode: 'prune',
        regions: 'us-east-1',
        instance: instanceId,
        'exclude-boot-volume': 'true',
        'retention-days': '0',
        'keep-last': '0',
        'dry-run': 'true'
      },
      env: env(creds)
    })
  const check = (creds: Creds) =>
    runAction({
      inputs: {
        mode: 'check',
        regions: 'us-east-1',
        instance: instanceId,
        'exclude-boot-volume': 'true',
        'fail-on': 'never'
      },
      env: env(creds)
    })

  it('prune: policies/prune.json is enough to prune the snapshots of the volumes of an instance', async () => {
    const ok = await prune(users.get('prune-full') as Creds)
    expect(ok.errors).toEqual([])
    expect(ok.code).toBe(0)
    expect(ok.outputs['deleted-snapshot-ids']).toBe(old)
  })

  // Under prune's fail-on-region-error default (auto: true) the step fails; the snapshot is left alone.
  it.each(NEEDED.prune)(
    'prune needs %s for the instance input: without it, the step fails naming it',
    async (action) => {
      const denied = await prune(users.get(`prune-without-${action}`) as Creds)
      expect(denied.code).toBe(1)
      expect(denied.outputs['deleted-snapshot-ids'] ?? '').toBe('')
      expect(denied.errors.join('\n')).toContain(`Could not describe instance ${instanceId} in us-east-1`)
      expect(denied.errors.join('\n')).toContain(action)
    }
  )

  it('check: policies/check.json is enough to check the volumes of an instance, and needs ec2:DescribeInstances', async () => {
    const ok = await check(users.get('check-full') as Creds)
    expect([...ok.errors, ...ok.warnings.filter((w) => w.startsWith('Could not'))]).toEqual([])
    expect(ok.code).toBe(0)
    // The Rules line names the volumes stale-backup checks (the cost table lists every snapshot's volume either way).
    const rulesLine = (summary: string): string => summary.split('\n').find((l) => l.startsWith('Rules:')) ?? ''
    expect(rulesLine(ok.summary)).toContain(data)
    const denied = await check(users.get(`check-without-${DESCRIBE_INSTANCES}`) as Creds)
    expect(rulesLine(denied.summary)).toContain('stale-backup')
    expect(rulesLine(denied.summary)).not.toContain(data)
    expect(denied.warnings.join('\n')).toContain(`Could not describe instance ${instanceId} in us-east-1`)
    expect(denied.warnings.join('\n')).toContain(DESCRIBE_INSTANCES)
  })
})

describe('least privilege: DB tag selectors under the prune policy', () => {
  let lp: Moto
  const users = new Map<string, Creds>()
  const NEEDED = { 'db-instance': 'rds:DescribeDBInstances', 'db-cluster': 'rds:DescribeDBClusters' } as const
  const snapshots = { 'db-instance': '', 'db-cluster': '' }

  beforeAll(async () => {
    lp = await startMoto()
    const { rds } = awsClients(lp.url, 'us-east-1')
    const tags = [{ Key: 'backup', Value: 'daily' }]
    const managed = [{ Key: 'snapshot-hygiene:managed', Value: 'true' }]
    await rds.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'orders',
        DBInstanceClass: 'db.t3.micro',
        Engine: 'postgres',
        AllocatedStorage: 20,
        MasterUsername: 'admin',
        MasterUserPassword: 'password123',
        Tags: tags
      })
    )
    await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'ledger',
        Engine: 'aurora-postgresql',
        MasterUsername: 'admin',
        MasterUserPassword: 'password123',
        Tags: tags
      })
    )
    snapshots['db-instance'] =
      (
        await rds.send(
          new CreateDBSnapshotCommand({
            DBInstanceIdentifier: 'orders',
            DBSnapshotIdentifier: 'orders-1',
            Tags: managed
          })
        )
      ).DBSnapshot?.DBSnapshotIdentifier ?? ''
    snapshots['db-cluster'] =
      (
        await rds.send(
          new CreateDBClusterSnapshotCommand({
            DBClusterIdentifier: 'ledger',
            DBClusterSnapshotIdentifier: 'ledger-1',
            Tags: managed
          })
        )
      ).DBClusterSnapshot?.DBClusterSnapshotIdentifier ?? ''
    const policy = readPolicy('prune')
    users.set('full', await userWithPolicies(lp.url, 'lp-prune-db-full', [policy]))
    for (const [input, action] of Object.entries(NEEDED))
      users.set(input, await userWithPolicies(lp.url, `lp-prune-db-${input}`, [withoutAction(policy, action)]))
    await lp.enforceIam(true)
  })
  afterAll(() => stopStarted(lp))

  const prune = (creds: Creds, input: keyof typeof NEEDED) =>
    runAction({
      inputs: {
        mode: 'prune',
        regions: 'us-east-1',
        [input]: 'tag:backup=daily',
        'retention-days': '0',
        'keep-last': '0',
        'dry-run': 'true'
      },
      env: {
        AWS_ENDPOINT_URL: lp.url,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: creds.accessKeyId,
        AWS_SECRET_ACCESS_KEY: creds.secretAccessKey
      }
    })

  it.each(Object.keys(NEEDED) as (keyof typeof NEEDED)[])(
    'prune with %s: tag selectors are enough under policies/prune.json, and need its describe action',
    async (input) => {
      const ok = await prune(users.get('full') as Creds, input)
      expect(ok.errors).toEqual([])
      expect(ok.code).toBe(0)
      expect(ok.outputs['deleted-snapshot-ids']).toBe(snapshots[input])
      const denied = await prune(users.get(input) as Creds, input)
      expect(denied.code).toBe(1)
      expect(denied.outputs['deleted-snapshot-ids'] ?? '').toBe('')
      expect(denied.errors.join('\n')).toContain(NEEDED[input])
    }
  )
})
