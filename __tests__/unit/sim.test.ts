import {
  BackupClient,
  ListBackupVaultsCommand,
  ListRecoveryPointsByBackupVaultCommand,
  paginateListRecoveryPointsByBackupVault
} from '@aws-sdk/client-backup'
import {
  DeleteSnapshotCommand,
  DescribeRegionsCommand,
  DescribeSnapshotsCommand,
  DescribeInstancesCommand,
  EC2Client,
  paginateDescribeSnapshots,
  type Snapshot
} from '@aws-sdk/client-ec2'
import {
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotsCommand,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBSnapshots,
  RDSClient
} from '@aws-sdk/client-rds'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { ConfiguredRetryStrategy, isThrottlingError, isTransientError } from '@smithy/core/retry'
import { afterEach, describe, expect, it } from 'vitest'
import { generateAccount, type AccountOptions } from '../../bench/sim/data.js'
import { minimumCalls } from '../../bench/sim/minimum.js'
import { startSimulator, type SimOptions, type SimServer } from '../../bench/sim/server.js'
import { countPages } from '../helpers/aws.js'
import { DAY_MS } from '../../src/clock.js'
import { readSnapshotLocks } from '../../src/snapshot-locks.js'

const CREDENTIALS = { accessKeyId: 'AKIDSIMULATED', secretAccessKey: 'secret' }
const NOW = Date.parse('2026-06-01T00:00:00Z')
const running: SimServer[] = []

async function sim(account: AccountOptions, options: Omit<SimOptions, 'account'> = {}): Promise<SimServer> {
  const server = await startSimulator({ latencyMs: 0, ...options, account: generateAccount({ now: NOW, ...account }) })
  running.push(server)
  return server
}

function clients(server: SimServer, region = 'us-east-1', maxAttempts = 1) {
  const config = { endpoint: server.url, region, credentials: CREDENTIALS, maxAttempts }
  return {
    ec2: new EC2Client(config),
    rds: new RDSClient(config),
    backup: new BackupClient(config),
    sts: new STSClient(config)
  }
}

type SdkFailure = Parameters<typeof isThrottlingError>[0]

async function failure(promise: Promise<unknown>): Promise<SdkFailure> {
  try {
    await promise
  } catch (err) {
    return err as SdkFailure
  }
  throw new Error('expected the call to fail')
}

async function allSnapshots(ec2: EC2Client, pageSize = 1000): Promise<{ snapshots: Snapshot[]; pages: number[] }> {
  const snapshots: Snapshot[] = []
  const pages: number[] = []
  for await (const page of paginateDescribeSnapshots({ client: ec2 }, { OwnerIds: ['self'], MaxResults: pageSize })) {
    pages.push(page.Snapshots?.length ?? 0)
    snapshots.push(...(page.Snapshots ?? []))
  }
  return { snapshots, pages }
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

describe('generated account', () => {
  it('is deterministic for a seed and puts the skew share in the primary region', () => {
    const a = generateAccount({ ebs: 10_000, seed: 3, now: NOW })
    const b = generateAccount({ ebs: 10_000, seed: 3, now: NOW })
    expect(a.ebsSnapshots('eu-west-1').map((s) => s.snapshotId)).toEqual(
      b.ebsSnapshots('eu-west-1').map((s) => s.snapshotId)
    )
    expect(a.counts('us-east-1').ebs).toBe(6000)
    expect(a.regions.reduce((sum, r) => sum + a.counts(r).ebs, 0)).toBe(10_000)
    const sizes = a.ebsSnapshots('us-east-1').map((s) => s.volumeSize)
    expect(Math.min(...sizes)).toBe(1)
    expect(Math.max(...sizes)).toBeGreaterThan(8000)
    const snapshots = a.ebsSnapshots('us-east-1')
    expect(snapshots.some((s) => s.volumeId === 'vol-ffffffff')).toBe(true)
    expect(snapshots.some((s) => s.storageTier === 'archive')).toBe(true)
    expect(snapshots.some((s) => s.encrypted && s.kmsKeyId !== null)).toBe(true)
    const oldest = Math.min(...snapshots.map((s) => s.startTime.getTime()))
    expect(NOW - oldest).toBeGreaterThan(1000 * DAY_MS)
  })

  it('holds a million EBS snapshots without materialising them', () => {
    const account = generateAccount({ ebs: 1_000_000, now: NOW })
    expect(account.counts('us-east-1').ebs).toBe(600_000)
    const last = account.region('us-east-1').ebs.page(599_999, 5, () => true)
    expect(last.items).toHaveLength(1)
    expect(account.region('us-east-1').ebs.get(last.items[0]?.snapshotId ?? '')).toEqual(last.items[0])
  })

  it('spreads managed snapshots, all expired, over the given regions', () => {
    const regions = [
      'us-east-1',
      'us-east-2',
      'us-west-1',
      'us-west-2',
      'eu-west-1',
      'eu-west-2',
      'eu-west-3',
      'eu-central-1',
      'eu-north-1',
      'ap-south-1'
    ]
    const account = generateAccount({ now: NOW, managed: { count: 2000, regions, perVolume: 5 } })
    for (const region of regions) {
      const managed = account.ebsSnapshots(region)
      expect(managed).toHaveLength(200)
      expect(
        managed.every(
          (s) =>
            s.tags['snapshot-hygiene:managed'] === 'true' &&
            Date.parse(s.tags['snapshot-hygiene:expires-at'] ?? '') < NOW
        )
      ).toBe(true)
      expect(new Set(managed.map((s) => s.volumeId)).size).toBe(40)
    }
    expect(account.ebsSnapshots('ap-southeast-1')).toHaveLength(0)
  })
})

describe('EC2 DescribeSnapshots', () => {
  it('pages through exactly the generated snapshots with full pages', async () => {
    const server = await sim({ ebs: 4000 })
    const { snapshots, pages } = await allSnapshots(clients(server).ec2)
    expect(pages).toEqual([1000, 1000, 400])
    expect(snapshots.map((s) => s.SnapshotId)).toEqual(
      server.account.ebsSnapshots('us-east-1').map((s) => s.snapshotId)
    )
    const first = snapshots[0]
    const expected = server.account.ebsSnapshots('us-east-1')[0]
    expect(first).toMatchObject({
      SnapshotId: expected?.snapshotId,
      VolumeId: expected?.volumeId,
      State: expected?.state,
      StartTime: expected?.startTime,
      VolumeSize: expected?.volumeSize,
      Encrypted: expected?.encrypted,
      OwnerId: '123456789012',
      StorageTier: expected?.storageTier
    })
    expect(server.stats().longestChain['us-east-1 ec2:DescribeSnapshots']).toBe(3)
  })

  it('returns everything without MaxResults and rejects MaxResults outside 5-1000', async () => {
    const server = await sim({ ebs: 3000 })
    const { ec2 } = clients(server)
    const all = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }))
    expect(all.Snapshots).toHaveLength(1800)
    expect(all.NextToken).toBeUndefined()
    for (const MaxResults of [4, 1001]) {
      const err = await failure(ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults })))
      expect(err.name).toBe('InvalidParameterValue')
    }
  })

  it('honours tag, tag-key, volume-id and status filters', async () => {
    const server = await sim({ ebs: 2000 })
    const { ec2 } = clients(server)
    const region = server.account.ebsSnapshots('us-east-1')
    const volume = region.find((s) => s.volumeId !== 'vol-ffffffff')?.volumeId ?? ''
    const cases: [
      { Name: string; Values: string[] },
      (tags: Record<string, string>, volumeId: string, state: string) => boolean
    ][] = [
      [{ Name: 'tag:env', Values: ['prod', 'dev'] }, (t) => t.env === 'prod' || t.env === 'dev'],
      [{ Name: 'tag-key', Values: ['team'] }, (t) => 'team' in t],
      [{ Name: 'volume-id', Values: [volume] }, (_t, v) => v === volume],
      [{ Name: 'status', Values: ['error'] }, (_t, _v, s) => s === 'error'],
      [{ Name: 'tag:snapshot-hygiene:managed', Values: ['true'] }, (t) => t['snapshot-hygiene:managed'] === 'true']
    ]
    for (const [filter, keep] of cases) {
      const got = await ec2.send(
        new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: 1000, Filters: [filter] })
      )
      const want = region.filter((s) => keep(s.tags, s.volumeId, s.state)).map((s) => s.snapshotId)
      expect(got.Snapshots?.map((s) => s.SnapshotId) ?? [], filter.Name).toEqual(want)
    }
  })

  it('lists DescribeRegions and answers GetCallerIdentity with the account', async () => {
    const server = await sim({ accountId: '210987654321' })
    const { ec2, sts } = clients(server)
    const regions = await ec2.send(new DescribeRegionsCommand({}))
    expect(regions.Regions).toHaveLength(17)
    expect(regions.Regions?.every((r) => r.OptInStatus === 'opt-in-not-required')).toBe(true)
    expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe('210987654321')
  })
})

describe('EC2 DeleteSnapshot', () => {
  it('removes explicit and generated snapshots and reports unknown ids', async () => {
    const server = await sim({ ebs: 50, regions: ['eu-west-1'] })
    const { ec2 } = clients(server, 'eu-west-1')
    const added = server.account.addEbsSnapshot('eu-west-1', { tags: { team: 'x' } })
    const generated = server.account.ebsSnapshots('eu-west-1')[7]?.snapshotId ?? ''
    await ec2.send(new DeleteSnapshotCommand({ SnapshotId: added.snapshotId }))
    await ec2.send(new DeleteSnapshotCommand({ SnapshotId: generated }))
    const left = (await allSnapshots(ec2)).snapshots.map((s) => s.SnapshotId)
    expect(left).toHaveLength(49)
    expect(left).not.toContain(added.snapshotId)
    expect(left).not.toContain(generated)
    expect(server.account.ebsSnapshots('eu-west-1').map((s) => s.snapshotId)).toEqual(left)
    const err = await failure(ec2.send(new DeleteSnapshotCommand({ SnapshotId: generated })))
    expect(err.name).toBe('InvalidSnapshot.NotFound')
  })
})

describe('RDS', () => {
  it('pages by MaxRecords, leaves AWS Backup snapshots to SnapshotType=awsbackup, rejects bad MaxRecords', async () => {
    const server = await sim({ rds: 500, rdsCluster: 100, regions: ['us-east-1'] })
    const { rds } = clients(server)
    const pages: number[] = []
    const ids: string[] = []
    for await (const page of paginateDescribeDBSnapshots({ client: rds }, { MaxRecords: 100 })) {
      pages.push(page.DBSnapshots?.length ?? 0)
      ids.push(...(page.DBSnapshots ?? []).map((s) => s.DBSnapshotIdentifier ?? ''))
    }
    const all = server.account.dbSnapshots('us-east-1')
    expect(ids).toEqual(all.filter((s) => s.snapshotType !== 'awsbackup').map((s) => s.identifier))
    expect(pages).toEqual([100, 100, 100, 100, 50])
    const backup = await rds.send(new DescribeDBSnapshotsCommand({ SnapshotType: 'awsbackup', MaxRecords: 100 }))
    expect(backup.DBSnapshots).toHaveLength(50)
    expect(backup.DBSnapshots?.every((s) => s.SnapshotType === 'awsbackup')).toBe(true)
    const clusters: string[] = []
    for await (const page of paginateDescribeDBClusterSnapshots({ client: rds }, { MaxRecords: 20 }))
      clusters.push(...(page.DBClusterSnapshots ?? []).map((s) => s.DBClusterSnapshotIdentifier ?? ''))
    expect(clusters).toHaveLength(100)
    for (const MaxRecords of [19, 101]) {
      const err = await failure(rds.send(new DescribeDBClusterSnapshotsCommand({ MaxRecords })))
      expect(err.name).toBe('InvalidParameterValue')
    }
  })
})

describe('AWS Backup', () => {
  it('lists vaults and pages EFS recovery points by maxResults', async () => {
    const server = await sim({ efs: 3000, regions: ['us-west-2'] })
    const { backup } = clients(server, 'us-west-2')
    const vaults = await backup.send(new ListBackupVaultsCommand({ MaxResults: 1 }))
    expect(vaults.BackupVaultList?.map((v) => v.BackupVaultName)).toEqual(['Default'])
    expect(vaults.NextToken).toBeDefined()
    const pages: number[] = []
    for await (const page of paginateListRecoveryPointsByBackupVault(
      { client: backup },
      { BackupVaultName: 'Default', ByResourceType: 'EFS', MaxResults: 1000 }
    )) {
      pages.push(page.RecoveryPoints?.length ?? 0)
      expect(
        page.RecoveryPoints?.every(
          (p) => p.ResourceType === 'EFS' && p.ResourceArn?.includes(':file-system/fs-') === true
        )
      ).toBe(true)
    }
    expect(pages).toEqual([1000, 1000, 100])
    const other = await backup.send(
      new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'vault-1', MaxResults: 1000 })
    )
    expect(other.RecoveryPoints).toHaveLength(900)
  })
})

describe('token buckets', () => {
  it('throttles EC2 after the burst with RequestLimitExceeded (503), per region', async () => {
    const server = await sim({}, { buckets: { overrides: { 'ec2-describe': { burst: 5, refill: 0.001 } } } })
    const { ec2 } = clients(server)
    for (let i = 0; i < 5; i++) await ec2.send(new DescribeRegionsCommand({}))
    const err = await failure(ec2.send(new DescribeRegionsCommand({})))
    expect(err.name).toBe('RequestLimitExceeded')
    expect(err.$metadata?.httpStatusCode).toBe(503)
    expect(isThrottlingError(err)).toBe(true)
    await clients(server, 'eu-west-1').ec2.send(new DescribeRegionsCommand({}))
    expect(server.stats().throttled).toBe(1)
  })

  it('keeps the unpaginated DescribeSnapshots bucket apart from the paged one', async () => {
    const server = await sim({ ebs: 10 }, { buckets: { scale: { burst: 0.04, refill: 0.0001 } } })
    const { ec2 } = clients(server)
    await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }))
    await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }))
    expect((await failure(ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] })))).name).toBe(
      'RequestLimitExceeded'
    )
    await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: 1000 }))
  })

  it('throttles RDS with Throttling (400) and Backup with a 429 ThrottlingException', async () => {
    const server = await sim(
      {},
      { buckets: { overrides: { rds: { burst: 2, refill: 0.001 }, 'backup-list': { burst: 2, refill: 0.001 } } } }
    )
    const { rds, backup } = clients(server)
    await rds.send(new DescribeDBSnapshotsCommand({}))
    await rds.send(new DescribeDBClusterSnapshotsCommand({}))
    const rdsErr = await failure(rds.send(new DescribeDBSnapshotsCommand({})))
    expect(rdsErr.name).toBe('Throttling')
    expect(rdsErr.$metadata?.httpStatusCode).toBe(400)
    expect(isThrottlingError(rdsErr)).toBe(true)
    await backup.send(new ListBackupVaultsCommand({}))
    await backup.send(new ListBackupVaultsCommand({}))
    const backupErr = await failure(backup.send(new ListBackupVaultsCommand({})))
    expect(backupErr.name).toBe('ThrottlingException')
    expect(backupErr.$metadata?.httpStatusCode).toBe(429)
    expect(isThrottlingError(backupErr)).toBe(true)
  })

  it('refills at the configured rate', async () => {
    const server = await sim({}, { buckets: { overrides: { 'ec2-mutate': { burst: 1, refill: 50 } } } })
    const { ec2 } = clients(server)
    server.account.addEbsSnapshot('us-east-1', { snapshotId: 'snap-0aaaaaaaaaaaaaaa1' })
    server.account.addEbsSnapshot('us-east-1', { snapshotId: 'snap-0aaaaaaaaaaaaaaa2' })
    await ec2.send(new DeleteSnapshotCommand({ SnapshotId: 'snap-0aaaaaaaaaaaaaaa1' }))
    expect((await failure(ec2.send(new DeleteSnapshotCommand({ SnapshotId: 'snap-0aaaaaaaaaaaaaaa2' })))).name).toBe(
      'RequestLimitExceeded'
    )
    await new Promise((resolve) => setTimeout(resolve, 40))
    await ec2.send(new DeleteSnapshotCommand({ SnapshotId: 'snap-0aaaaaaaaaaaaaaa2' }))
    expect(server.account.ebsSnapshots('us-east-1')).toHaveLength(0)
  })
})

describe('faults', () => {
  async function outcomes(seed: number, services?: string[]): Promise<string[]> {
    const server = await sim(
      { rds: 10 },
      { faults: { rate: 0.3, seed, ...(services === undefined ? {} : { services }) } }
    )
    const { ec2, rds } = clients(server)
    const result: string[] = []
    for (let i = 0; i < 40; i++) {
      const call = i % 2 === 0 ? ec2.send(new DescribeRegionsCommand({})) : rds.send(new DescribeDBSnapshotsCommand({}))
      result.push(
        await call.then(
          () => 'ok',
          (err: unknown) => (err as Error).name
        )
      )
    }
    expect(server.stats().faults).toBe(result.filter((r) => r !== 'ok').length)
    return result
  }

  it('are deterministic for a seed and call order', async () => {
    const first = await outcomes(42)
    expect(await outcomes(42)).toEqual(first)
    expect(await outcomes(7)).not.toEqual(first)
    expect(first.filter((r) => r !== 'ok').length).toBeGreaterThan(3)
  })

  it('can be restricted to some services', async () => {
    const result = await outcomes(42, ['rds'])
    expect(result.filter((r, i) => i % 2 === 0 && r !== 'ok')).toEqual([])
    expect(result.some((r) => r !== 'ok')).toBe(true)
  })

  it('come in each service wire format and the SDK classifies them as retryable', async () => {
    const server = await sim({ efs: 5 }, { faults: { rate: 1, seed: 1 } })
    const { ec2, rds, backup } = clients(server)
    const names = new Map<string, Set<string>>()
    for (let i = 0; i < 30; i++) {
      for (const [service, call] of [
        ['ec2', () => ec2.send(new DescribeRegionsCommand({}))],
        ['rds', () => rds.send(new DescribeDBSnapshotsCommand({}))],
        ['backup', () => backup.send(new ListBackupVaultsCommand({}))]
      ] as const) {
        const err = await failure(call())
        expect(isThrottlingError(err) || isTransientError(err), `${service} ${err.name}`).toBe(true)
        names.set(service, (names.get(service) ?? new Set()).add(err.name))
      }
    }
    expect([...(names.get('ec2') ?? [])].sort()).toEqual(['InternalError', 'RequestLimitExceeded', 'Unavailable'])
    expect([...(names.get('rds') ?? [])].sort()).toEqual(['InternalFailure', 'ServiceUnavailable', 'Throttling'])
    expect([...(names.get('backup') ?? [])].sort()).toEqual([
      'InternalFailure',
      'ServiceUnavailableException',
      'ThrottlingException'
    ])
  })

  it('are retried away by the SDK so a paged listing still completes', async () => {
    const server = await sim({ ebs: 5000, regions: ['us-east-1'] }, { faults: { rate: 0.3, seed: 5 } })
    const ec2 = new EC2Client({
      endpoint: server.url,
      region: 'us-east-1',
      credentials: CREDENTIALS,
      retryStrategy: new ConfiguredRetryStrategy(8, 0)
    })
    expect((await allSnapshots(ec2, 500)).snapshots).toHaveLength(5000)
    expect(server.stats().faults).toBeGreaterThan(0)
  })
})

describe('failRegions, unknown operations, latency and counters', () => {
  it('refuses every call in a failed region in each service format', async () => {
    const server = await sim({ ebs: 100 }, { failRegions: ['eu-west-1'] })
    const bad = clients(server, 'eu-west-1')
    expect(
      (await failure(bad.ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: 5 })))).name
    ).toBe('UnauthorizedOperation')
    expect((await failure(bad.rds.send(new DescribeDBSnapshotsCommand({})))).name).toBe('AccessDenied')
    const backupErr = await failure(bad.backup.send(new ListBackupVaultsCommand({})))
    expect(backupErr.name).toBe('AccessDeniedException')
    expect(backupErr.$metadata?.httpStatusCode).toBe(403)
    await clients(server, 'us-east-1').ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: 5 }))
    expect(server.stats().denied).toBe(3)
  })

  it('answers unknown operations with InvalidAction and counts them', async () => {
    const server = await sim({})
    const err = await failure(clients(server).ec2.send(new DescribeInstancesCommand({})))
    expect(err.name).toBe('InvalidAction')
    expect(server.stats().unknownByAction).toEqual({ 'ec2:DescribeInstances': 1 })
  })

  it('delays every answer by the latency without serialising requests', async () => {
    const server = await sim({}, { latencyMs: 60 })
    const { ec2 } = clients(server)
    const started = performance.now()
    await Promise.all(Array.from({ length: 20 }, () => ec2.send(new DescribeRegionsCommand({}))))
    const elapsed = performance.now() - started
    expect(elapsed).toBeGreaterThanOrEqual(55)
    expect(elapsed).toBeLessThan(400)
    const stats = server.stats()
    expect(stats.maxInFlight).toBeGreaterThan(1)
    expect((stats.lastResponseAt ?? 0) - (stats.firstRequestAt ?? 0)).toBeGreaterThanOrEqual(55)
  })

  it('matches the minimum call count when listed ideally, and resets its counters', async () => {
    const server = await sim({ ebs: 2500, rds: 300, rdsCluster: 60, efs: 2500, regions: ['us-east-1', 'eu-west-1'] })
    const { ec2, sts } = clients(server)
    await sts.send(new GetCallerIdentityCommand({}))
    await ec2.send(new DescribeRegionsCommand({}))
    for (const region of server.account.regions) {
      const c = clients(server, region)
      await allSnapshots(c.ec2)
      if (server.account.ebsSnapshots(region).length > 0) await readSnapshotLocks(c.ec2)
      for (const SnapshotType of [undefined, 'awsbackup']) {
        await countPages(
          paginateDescribeDBSnapshots(
            { client: c.rds },
            { MaxRecords: 100, ...(SnapshotType === undefined ? {} : { SnapshotType }) }
          )
        )
      }
      await countPages(paginateDescribeDBClusterSnapshots({ client: c.rds }, { MaxRecords: 100 }))
      const vaults = await c.backup.send(new ListBackupVaultsCommand({}))
      for (const vault of vaults.BackupVaultList ?? []) {
        await countPages(
          paginateListRecoveryPointsByBackupVault(
            { client: c.backup },
            { BackupVaultName: vault.BackupVaultName, ByResourceType: 'EFS', MaxResults: 1000 }
          )
        )
      }
    }
    const minimum = minimumCalls(server.account)
    const stats = server.stats()
    expect(stats.calls).toBe(minimum.total)
    expect(Math.max(...Object.values(stats.longestChain))).toBe(minimum.longestChain.pages - 1)
    expect(minimum.criticalPath).toBe(1 + 1 + 2)
    server.resetStats()
    expect(server.stats()).toMatchObject({ calls: 0, firstRequestAt: null, longestChain: {} })
  })
})
