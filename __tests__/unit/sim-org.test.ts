import { ListBackupVaultsCommand, paginateListRecoveryPointsByBackupVault, BackupClient } from '@aws-sdk/client-backup'
import {
  DescribeRegionsCommand,
  DescribeSnapshotsCommand,
  EC2Client,
  paginateDescribeSnapshots
} from '@aws-sdk/client-ec2'
import {
  ListAccountsCommand,
  OrganizationsClient,
  paginateListAccounts,
  type Account
} from '@aws-sdk/client-organizations'
import { paginateDescribeDBClusterSnapshots, paginateDescribeDBSnapshots, RDSClient } from '@aws-sdk/client-rds'
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { afterEach, describe, expect, it } from 'vitest'
import { systemClock } from '../../src/clock.js'
import { chainedCredentials } from '../../src/credentials.js'
import { activeAccounts } from '../../src/organization.js'
import { foldListings } from '../../bench/checks.js'
import { generateAccount } from '../../bench/sim/data.js'
import { boundedMakespan, organizationMinimumCalls } from '../../bench/sim/minimum.js'
import {
  generateOrganization,
  orgAccountId,
  sessionKeyAccount,
  type OrganizationOptions
} from '../../bench/sim/organization.js'
import { startSimulator, type SimOptions, type SimServer } from '../../bench/sim/server.js'
import { countPages } from '../helpers/aws.js'
import { readSnapshotLocks } from '../../src/snapshot-locks.js'

const START: AwsCredentialIdentity = { accessKeyId: 'AKIDSIMULATED', secretAccessKey: 'secret' }
const NOW = Date.parse('2026-06-01T00:00:00Z')
const ROLE = 'snapshot-hygiene-member'
const running: SimServer[] = []

async function orgSim(
  org: Omit<OrganizationOptions, 'now'>,
  options: Omit<SimOptions, 'account' | 'organization'> = {}
): Promise<SimServer> {
  const server = await startSimulator({
    latencyMs: 0,
    ...options,
    organization: generateOrganization({ now: NOW, ...org })
  })
  running.push(server)
  return server
}

function config(
  server: SimServer,
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider = START,
  region = 'us-east-1'
) {
  return { endpoint: server.url, region, credentials, maxAttempts: 1 }
}

async function failure(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise
  } catch (err) {
    return err as Error
  }
  throw new Error('expected the call to fail')
}

async function assume(server: SimServer, accountId: string, roleName = ROLE): Promise<AwsCredentialIdentity> {
  const out = await new STSClient(config(server)).send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${accountId}:role/${roleName}`,
      RoleSessionName: 'snapshot-hygiene',
      DurationSeconds: 3600
    })
  )
  const c = out.Credentials
  if (c?.AccessKeyId === undefined || c.SecretAccessKey === undefined) throw new Error('no credentials')
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    ...(c.SessionToken === undefined ? {} : { sessionToken: c.SessionToken })
  }
}

async function snapshotIds(ec2: EC2Client): Promise<string[]> {
  const ids: string[] = []
  for await (const page of paginateDescribeSnapshots({ client: ec2 }, { OwnerIds: ['self'], MaxResults: 1000 }))
    ids.push(...(page.Snapshots ?? []).map((s) => s.SnapshotId ?? ''))
  return ids
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

describe('Organizations ListAccounts', () => {
  it('pages the accounts 20 at a time through the SDK paginator, with the fields the SDK reads', async () => {
    const server = await orgSim({ accounts: 45, suspended: [orgAccountId(44)] })
    const client = new OrganizationsClient(config(server))
    const pages: number[] = []
    const accounts: Account[] = []
    for await (const page of paginateListAccounts({ client, pageSize: 20 }, {})) {
      pages.push(page.Accounts?.length ?? 0)
      accounts.push(...(page.Accounts ?? []))
    }
    expect(pages).toEqual([20, 20, 5])
    expect(accounts.map((a) => a.Id)).toEqual(Array.from({ length: 45 }, (_, i) => orgAccountId(i)))
    expect(accounts[0]).toMatchObject({
      Id: orgAccountId(0),
      Name: 'management',
      State: 'ACTIVE',
      Status: 'ACTIVE',
      JoinedMethod: 'INVITED'
    })
    expect(accounts[0]?.JoinedTimestamp).toBeInstanceOf(Date)
    expect(accounts[1]?.Arn).toBe(
      `arn:aws:organizations::${orgAccountId(0)}:account/${server.organization?.id ?? ''}/${orgAccountId(1)}`
    )
    expect(accounts[44]?.State).toBe('SUSPENDED')
    const stats = server.stats()
    expect(stats.byAction).toEqual({ 'organizations:ListAccounts': 3 })
    expect(stats.longestChain[`${orgAccountId(0)} us-east-1 organizations:ListAccounts`]).toBe(3)
    expect(server.organization?.generatedCount).toBe(1) // listing generates no member's data
  })

  it('answers the action’s own lister (src/organization.ts) with the active accounts', async () => {
    const server = await orgSim({ accounts: 23, suspended: [orgAccountId(5)] })
    process.env.AWS_ENDPOINT_URL = server.url
    try {
      const ids = await activeAccounts(() => Promise.resolve(START), 'us-east-1')
      expect(ids).toEqual(server.organization?.activeAccountIds())
      expect(ids).toHaveLength(22)
    } finally {
      delete process.env.AWS_ENDPOINT_URL
    }
  })

  it('rejects MaxResults above 20 or below 1 and unknown tokens with InvalidInputException', async () => {
    const server = await orgSim({ accounts: 3 })
    const client = new OrganizationsClient(config(server))
    for (const MaxResults of [0, 21])
      expect((await failure(client.send(new ListAccountsCommand({ MaxResults })))).name).toBe('InvalidInputException')
    expect((await failure(client.send(new ListAccountsCommand({ NextToken: 'nope' })))).name).toBe(
      'InvalidInputException'
    )
    expect((await client.send(new ListAccountsCommand({}))).Accounts).toHaveLength(3)
  })

  it('refuses members and a single account (AWSOrganizationsNotInUseException)', async () => {
    const server = await orgSim({ accounts: 3 })
    const member = await assume(server, orgAccountId(1))
    expect(
      (await failure(new OrganizationsClient(config(server, member)).send(new ListAccountsCommand({})))).name
    ).toBe('AccessDeniedException')
    const single = await startSimulator({ latencyMs: 0, account: generateAccount({ now: NOW }) })
    running.push(single)
    const err = await failure(new OrganizationsClient(config(single)).send(new ListAccountsCommand({})))
    expect(err.name).toBe('AWSOrganizationsNotInUseException')
    expect(single.stats().byAction).toEqual({ 'organizations:ListAccounts': 1 })
  })
})

describe('STS AssumeRole into member accounts', () => {
  it('issues ASIA keys that encode the account, and requests signed with them see that account’s data', async () => {
    const server = await orgSim({
      accounts: 4,
      accountOptions: (i) => ({ ebs: 1500 + 100 * i, regions: ['us-east-1', 'eu-west-1'] })
    })
    const org = server.organization
    if (org === null) throw new Error('no organisation')
    expect(org.generatedCount).toBe(1)
    const id = orgAccountId(2)
    const creds = await assume(server, id)
    expect(creds.accessKeyId).toMatch(/^ASIA\d{12}[0-9A-Z]{4}$/)
    expect(creds.accessKeyId).toHaveLength(20)
    expect(sessionKeyAccount(creds.accessKeyId)).toBe(id)
    expect(creds.sessionToken).toBeDefined()
    const me = await new STSClient(config(server, creds)).send(new GetCallerIdentityCommand({}))
    expect(me).toMatchObject({ Account: id, Arn: `arn:aws:sts::${id}:assumed-role/${ROLE}/snapshot-hygiene` })
    expect((await new STSClient(config(server)).send(new GetCallerIdentityCommand({}))).Account).toBe(orgAccountId(0))
    const member = await snapshotIds(new EC2Client(config(server, creds)))
    expect(member).toEqual(
      org
        .account(id)
        .ebsSnapshots('us-east-1')
        .map((s) => s.snapshotId)
    )
    expect(member).toHaveLength(Math.round(1700 * 0.6))
    const management = await snapshotIds(new EC2Client(config(server)))
    expect(management).toEqual(
      org
        .account(orgAccountId(0))
        .ebsSnapshots('us-east-1')
        .map((s) => s.snapshotId)
    )
    expect(new Set(member).size + new Set(management).size).toBe(new Set([...member, ...management]).size)
    const owner = await new EC2Client(config(server, creds, 'eu-west-1')).send(
      new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: 5 })
    )
    expect(owner.Snapshots?.every((s) => s.OwnerId === id)).toBe(true)
    expect(org.generatedCount).toBe(2) // accounts 1 and 3 were never used
    const stats = server.stats()
    expect(stats.byAccountAction[orgAccountId(0)]).toMatchObject({ 'sts:AssumeRole': 1 })
    expect(stats.byAccountAction[id]).toMatchObject({ 'sts:GetCallerIdentity': 1, 'ec2:DescribeSnapshots': 3 })
    expect(stats.longestChain[`${id} us-east-1 ec2:DescribeSnapshots`]).toBe(2)
  })

  it('works with the action’s own role chaining (src/credentials.ts)', async () => {
    const server = await orgSim({ accounts: 3, accountOptions: () => ({ ebs: 10, regions: ['us-east-1'] }) })
    process.env.AWS_ENDPOINT_URL = server.url
    try {
      const id = orgAccountId(1)
      const secrets: string[] = []
      const provider = chainedCredentials(
        {
          roleArn: `arn:aws:iam::${id}:role/${ROLE}`,
          sessionName: 'snapshot-hygiene',
          region: 'us-east-1',
          source: () => Promise.resolve(START)
        },
        { setSecret: (s) => secrets.push(s), clock: systemClock }
      )
      const me = await new STSClient({ region: 'us-east-1', credentials: provider, maxAttempts: 1 }).send(
        new GetCallerIdentityCommand({})
      )
      expect(me.Account).toBe(id)
      expect(secrets[0]).toMatch(new RegExp(`^ASIA${id}`))
      expect(server.stats().byAction).toEqual({ 'sts:AssumeRole': 1, 'sts:GetCallerIdentity': 1 })
    } finally {
      delete process.env.AWS_ENDPOINT_URL
    }
  })

  it('refuses a missing role, another role name or an account outside the organisation, and unknown temporary keys', async () => {
    const server = await orgSim({ accounts: 3, withoutRole: [orgAccountId(2)] })
    for (const [account, role] of [
      [orgAccountId(2), ROLE],
      [orgAccountId(1), 'Admin'],
      ['999999999999', ROLE]
    ] as const) {
      const err = await failure(assume(server, account, role))
      expect(err.name).toBe('AccessDenied')
      expect(err.$metadata?.httpStatusCode).toBe(403)
      expect(err.message).toContain(`arn:aws:iam::${account}:role/${role}`)
    }
    const forged = { accessKeyId: `ASIA${orgAccountId(1)}ZZZZ`, secretAccessKey: 'x', sessionToken: 'y' }
    expect((await failure(new STSClient(config(server, forged)).send(new GetCallerIdentityCommand({})))).name).toBe(
      'InvalidClientTokenId'
    )
    expect((await failure(new EC2Client(config(server, forged)).send(new DescribeRegionsCommand({})))).name).toBe(
      'AuthFailure'
    )
    expect(server.stats().denied).toBe(2)
  })

  it('keeps each account’s token buckets apart', async () => {
    const server = await orgSim(
      { accounts: 2 },
      { buckets: { overrides: { 'ec2-describe': { burst: 2, refill: 0.001 } } } }
    )
    const member = new EC2Client(config(server, await assume(server, orgAccountId(1))))
    const management = new EC2Client(config(server))
    for (let i = 0; i < 2; i++) await management.send(new DescribeRegionsCommand({}))
    expect((await failure(management.send(new DescribeRegionsCommand({})))).name).toBe('RequestLimitExceeded')
    for (let i = 0; i < 2; i++) await member.send(new DescribeRegionsCommand({}))
    expect(server.stats().throttled).toBe(1)
  })
})

describe('organisation minimum calls and floors', () => {
  it('computes the bounded makespan of accounts taking the first free slot in order', () => {
    expect(boundedMakespan([3, 3, 3, 3], 2)).toBe(6)
    expect(boundedMakespan([5, 1, 1, 1, 1], 2)).toBe(5)
    expect(boundedMakespan([1, 1, 1, 1, 5], 2)).toBe(7)
    expect(boundedMakespan([4, 2, 3], 8)).toBe(4)
    expect(boundedMakespan([], 3)).toBe(0)
  })

  it('equals the calls of an ideal SDK-driven organisation inventory, account by account', async () => {
    const regions = ['us-east-1', 'eu-west-1']
    const server = await orgSim({
      accounts: 23,
      accountOptions: (i) => ({ ebs: i === 4 ? 3500 : 300, rds: 150, rdsCluster: 30, efs: 40, regions })
    })
    const org = server.organization
    if (org === null) throw new Error('no organisation')
    await new STSClient(config(server)).send(new GetCallerIdentityCommand({}))
    const ids: string[] = []
    for await (const page of paginateListAccounts(
      { client: new OrganizationsClient(config(server)), pageSize: 20 },
      {}
    ))
      ids.push(...(page.Accounts ?? []).map((a) => a.Id ?? ''))
    for (const id of ids) {
      const creds = id === org.managementAccountId ? START : await assume(server, id)
      if (id !== org.managementAccountId)
        await new STSClient(config(server, creds)).send(new GetCallerIdentityCommand({}))
      await new EC2Client(config(server, creds)).send(new DescribeRegionsCommand({}))
      for (const region of regions) {
        const c = config(server, creds, region)
        const ids = await snapshotIds(new EC2Client(c))
        if (ids.length > 0) await readSnapshotLocks(new EC2Client(c))
        const rds = new RDSClient(c)
        for (const SnapshotType of [undefined, 'awsbackup']) {
          await countPages(
            paginateDescribeDBSnapshots(
              { client: rds },
              { MaxRecords: 100, ...(SnapshotType === undefined ? {} : { SnapshotType }) }
            )
          )
        }
        await countPages(paginateDescribeDBClusterSnapshots({ client: rds }, { MaxRecords: 100 }))
        const backup = new BackupClient(c)
        for (const vault of (await backup.send(new ListBackupVaultsCommand({}))).BackupVaultList ?? []) {
          await countPages(
            paginateListRecoveryPointsByBackupVault(
              { client: backup },
              { BackupVaultName: vault.BackupVaultName, ByResourceType: 'EFS', MaxResults: 1000 }
            )
          )
        }
      }
    }
    const minimum = organizationMinimumCalls(org, { maxParallelAccounts: 8 })
    const stats = server.stats()
    expect(stats.calls).toBe(minimum.total)
    // The simulator counts DescribeDBSnapshots once; the minimum names its SnapshotType=awsbackup listing apart.
    expect(stats.byAction).toEqual(foldListings(minimum.byAction))
    expect(Object.fromEntries(minimum.accounts.map((a) => [a.accountId, foldListings(a.byAction)]))).toEqual(
      stats.byAccountAction
    )
    expect(minimum.listAccountsPages).toBe(2)
    expect(minimum.byAction).toMatchObject({
      'organizations:ListAccounts': 2,
      'sts:AssumeRole': 22,
      'sts:GetCallerIdentity': 23,
      'ec2:DescribeRegions': 23
    })
    // Every account's longest listing is its Backup chain (ListBackupVaults, one page of recovery points), 2 calls,
    // except account 4's 2,100 EBS snapshots in us-east-1: 3 pages.
    const chains = minimum.accounts.map((a) => a.chain)
    expect(chains[0]).toBe(1 + 2)
    expect(chains[4]).toBe(3 + 3)
    expect(chains.filter((_, i) => i !== 0 && i !== 4).every((c) => c === 3 + 2)).toBe(true)
    expect(minimum.longestAccount).toMatchObject({
      accountId: orgAccountId(4),
      chain: 6,
      key: 'us-east-1 ec2:DescribeSnapshots'
    })
    expect(minimum.startup).toBe(1 + 2)
    expect(minimum.unboundedFloor).toBe(3 + 6)
    expect(minimum.floor).toBe(3 + boundedMakespan(chains, 8))
    // Slots end at [3,5,5,5,6,5,5,5]; the other 15 accounts of 5 calls each take the earliest free slot: the last ends at 15.
    expect(minimum.floor).toBe(3 + 15)
    expect(minimum.twoPhaseFloor).toBe(
      3 +
        boundedMakespan(
          minimum.accounts.map((a) => (a.member ? 2 : 0)),
          8
        ) +
        boundedMakespan(
          minimum.accounts.map((a) => a.chain - (a.member ? 2 : 0)),
          8
        )
    )
    // Chains sum to 3 + 6 + 21 × 5 = 114 calls: 8 slots need at least ⌈114 / 8⌉ = 15 whatever the order.
    expect(minimum.anyOrderFloor).toBe(3 + 15)
    expect(organizationMinimumCalls(org, { maxParallelAccounts: 50 })).toMatchObject({
      floor: minimum.unboundedFloor,
      anyOrderFloor: minimum.unboundedFloor
    })
  })
})
