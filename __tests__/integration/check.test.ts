import * as fs from 'node:fs'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CreateSnapshotCommand,
  CreateTagsCommand,
  CreateVolumeCommand,
  DeleteVolumeCommand,
  DescribeImagesCommand,
  EnableEbsEncryptionByDefaultCommand,
  ModifySnapshotAttributeCommand,
  RegisterImageCommand,
  type EC2Client
} from '@aws-sdk/client-ec2'
import {
  CreateDBClusterCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  ModifyDBSnapshotAttributeCommand
} from '@aws-sdk/client-rds'
import { startMoto, type Moto } from '../helpers/moto.js'
import { ROOT, runAction, type ActionRun } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { readCsv } from '../helpers/csv.js'
import { startGitHubApi, type FakeGitHubApi } from '../helpers/github-api.js'
import { allowedActions, readPolicy, userWithPolicies, type PolicyDocument } from '../helpers/iam.js'
import { stopStarted } from '../helpers/teardown.js'

const ACCOUNT = '123456789012'
const REGION = 'us-east-1'
const MISSING_VOLUME = 'vol-0123456789abcdef0'
const MARKER = '<!-- snapshot-hygiene:check -->'

let moto: Moto
let api: FakeGitHubApi
/** The seeded ids, by role. */
let ids: Record<string, string> = {}

async function volume(ec2: EC2Client, size: number, encrypted: boolean): Promise<string> {
  const v = await ec2.send(
    new CreateVolumeCommand({ AvailabilityZone: `${REGION}a`, Size: size, Encrypted: encrypted, VolumeType: 'gp3' })
  )
  return v.VolumeId ?? ''
}

async function snapshot(ec2: EC2Client, volumeId: string, tags: Record<string, string> = {}): Promise<string> {
  const tagSpec = Object.keys(tags).length
    ? {
        TagSpecifications: [
          { ResourceType: 'snapshot' as const, Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) }
        ]
      }
    : {}
  const s = await ec2.send(new CreateSnapshotCommand({ VolumeId: volumeId, ...tagSpec }))
  return s.SnapshotId ?? ''
}

/**
 * One region with one finding of each kind the emulator can produce (its snapshots are all new, so old-snapshot and
 * a stale-but-present backup are unit-tested on a fixed clock instead).
 */
async function seed(endpoint: string): Promise<Record<string, string>> {
  const ids: Record<string, string> = {}
  const { ec2, rds } = awsClients(endpoint, REGION)
  // Encryption by default on, so that the seeded region's findings are the snapshots' own (moto starts with it off).
  await ec2.send(new EnableEbsEncryptionByDefaultCommand({}))
  ids.volKept = await volume(ec2, 10, true)
  ids.snapPublic = await snapshot(ec2, ids.volKept)
  // moto implements only the flat form of ModifySnapshotAttribute.
  await ec2.send(
    new ModifySnapshotAttributeCommand({
      SnapshotId: ids.snapPublic,
      Attribute: 'createVolumePermission',
      OperationType: 'add',
      GroupNames: ['all']
    })
  )
  ids.snapShared = await snapshot(ec2, ids.volKept)
  await ec2.send(
    new ModifySnapshotAttributeCommand({
      SnapshotId: ids.snapShared,
      Attribute: 'createVolumePermission',
      OperationType: 'add',
      UserIds: ['111122223333', '444455556666']
    })
  )
  ids.snapExpired = await snapshot(ec2, ids.volKept, {
    'snapshot-hygiene:managed': 'true',
    'snapshot-hygiene:expires-at': '2020-01-01T00:00:00Z'
  })
  ids.volPlain = await volume(ec2, 8, false)
  ids.snapPlain = await snapshot(ec2, ids.volPlain)
  ids.volGone = await volume(ec2, 5, true)
  ids.snapOrphan = await snapshot(ec2, ids.volGone)
  await ec2.send(new DeleteVolumeCommand({ VolumeId: ids.volGone }))
  ids.volNeverBacked = await volume(ec2, 4, true)
  // moto's RegisterImage makes an unencrypted snapshot of a volume it then deletes: in an AMI, so not an orphan; its tag silences unencrypted.
  const image = await ec2.send(new RegisterImageCommand({ Name: 'golden', RootDeviceName: '/dev/sda1' }))
  const images = await ec2.send(new DescribeImagesCommand({ ImageIds: [image.ImageId ?? ''] }))
  ids.snapAmi = images.Images?.[0]?.BlockDeviceMappings?.[0]?.Ebs?.SnapshotId ?? ''
  await ec2.send(
    new CreateTagsCommand({
      Resources: [ids.snapAmi],
      Tags: [{ Key: 'snapshot-hygiene:ignore', Value: 'unencrypted-snapshot' }]
    })
  )

  await rds.send(
    new CreateDBInstanceCommand({
      DBInstanceIdentifier: 'orders-db',
      DBInstanceClass: 'db.t3.micro',
      Engine: 'postgres',
      AllocatedStorage: 20,
      MasterUsername: 'app',
      MasterUserPassword: 'not-a-real-password',
      StorageEncrypted: true
    })
  )
  await rds.send(
    new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'orders-public' })
  )
  await rds.send(
    new ModifyDBSnapshotAttributeCommand({
      DBSnapshotIdentifier: 'orders-public',
      AttributeName: 'restore',
      ValuesToAdd: ['all']
    })
  )
  return ids
}

beforeAll(async () => {
  ;[moto, api] = await Promise.all([startMoto(), startGitHubApi()])
  ids = await seed(moto.url)
})
afterAll(() => stopStarted(moto, api))

const env = (): Record<string, string> => ({ AWS_ENDPOINT_URL: moto.url, AWS_REGION: REGION })
const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
  mode: 'check',
  regions: REGION,
  volume: [ids.volKept, ids.volNeverBacked, MISSING_VOLUME].join('\n'),
  'allowed-accounts': '444455556666',
  ...extra
})

/** Every finding the seeded account must give, as "severity rule service resource". */
function expectedFindings(): string[] {
  return [
    `error public-snapshot ebs ${ids.snapPublic}`,
    'error public-snapshot rds orders-public',
    `error stale-backup ebs ${MISSING_VOLUME}`,
    `error stale-backup ebs ${ids.volNeverBacked}`,
    `warning shared-snapshot ebs ${ids.snapShared}`,
    `warning unencrypted-snapshot ebs ${ids.snapPlain}`,
    `warning expired-snapshot ebs ${ids.snapExpired}`,
    `notice orphaned-snapshot ebs ${ids.snapOrphan}`
  ]
}

interface JsonFinding {
  rule: string
  severity: string
  accountId: string
  region: string
  service: string
  resourceId: string
  message: string
}

function findingsOf(run: ActionRun): JsonFinding[] {
  return (JSON.parse(fs.readFileSync(run.outputs['findings-json'] ?? '', 'utf8')) as { findings: JsonFinding[] })
    .findings
}

const line = (f: Pick<JsonFinding, 'severity' | 'rule' | 'service' | 'resourceId'>): string =>
  `${f.severity} ${f.rule} ${f.service} ${f.resourceId}`

describe('check against the moto server', () => {
  let run: ActionRun

  beforeAll(async () => {
    run = await runAction({ inputs: inputs({ 'fail-on': 'never' }), env: env() })
  })

  it('finds every seeded problem, and nothing else, in the findings JSON and the CSV', () => {
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const findings = findingsOf(run)
    expect(findings.map(line).sort()).toEqual(expectedFindings().sort())
    expect(findings.every((f) => f.accountId === ACCOUNT && f.region === REGION)).toBe(true)
    const byId = (rule: string, id: string) => findings.find((f) => f.rule === rule && f.resourceId === id)?.message
    expect(byId('shared-snapshot', ids.snapShared ?? '')).toContain(
      'shared with account 111122223333, which allowed-accounts does not list'
    )
    expect(byId('stale-backup', MISSING_VOLUME)).toBe(
      `Volume ${MISSING_VOLUME} in ${REGION} no longer exists and has no completed snapshot; remove it from the volume input.`
    )
    expect(byId('stale-backup', ids.volNeverBacked ?? '')).toBe(
      `Volume ${ids.volNeverBacked} in ${REGION} has no completed snapshot; back it up (mode backup) on a schedule more often than every 26 hours.`
    )
    expect(byId('orphaned-snapshot', ids.snapOrphan ?? '')).toContain(
      `was taken of volume ${ids.volGone}, which no longer exists and no AMI uses it`
    )
    expect(byId('public-snapshot', 'orders-public')).toContain(
      '--db-snapshot-identifier orders-public --attribute-name restore --values-to-remove all'
    )
    expect(findings.some((f) => f.resourceId === ids.snapAmi)).toBe(false)

    const rows = readCsv(run.outputs['csv-path'] ?? '')
    expect(
      rows
        .map((r) =>
          line({
            severity: r.severity ?? '',
            rule: r.rule ?? '',
            service: r.service ?? '',
            resourceId: r.resource_id ?? ''
          })
        )
        .sort()
    ).toEqual(expectedFindings().sort())
  })

  it('sets the outputs', () => {
    expect(run.outputs['findings-count']).toBe('8')
    expect(run.outputs['findings-json']).toBe(
      path.join(run.workDir, 'runner-temp', 'snapshot-hygiene-check.findings.json')
    )
    expect(run.outputs['csv-path']).toBe(path.join(run.workDir, 'runner-temp', 'snapshot-hygiene-check.csv'))
    expect(run.outputs['summary-json-path']).toBe(
      path.join(run.workDir, 'runner-temp', 'snapshot-hygiene-check.summary.json')
    )
    // Six EBS snapshots (one the AMI's) and two DB snapshots (moto adds an automated one).
    expect(run.outputs['snapshot-count']).toBe('8')
    expect(run.outputs['failed-count']).toBe('0')
  })

  it('annotates every finding at its severity', () => {
    const titles = (lines: string[]) => lines.map((l) => l.slice(0, l.indexOf(']') + 1))
    expect(run.errors).toHaveLength(4)
    expect(run.warnings).toHaveLength(3)
    expect(run.notices).toHaveLength(1)
    expect(titles(run.errors).every((t) => t === `[${ACCOUNT} ${REGION}]`)).toBe(true)
    // Most severe first, then by rule and resource: orders-public sorts before the snap- id.
    expect(run.errors[0]).toBe(
      `[${ACCOUNT} ${REGION}] DB snapshot orders-public can be restored by any AWS account; make it private (aws rds modify-db-snapshot-attribute --db-snapshot-identifier orders-public --attribute-name restore --values-to-remove all).`
    )
    expect(run.errors[1]).toBe(
      `[${ACCOUNT} ${REGION}] EBS snapshot ${ids.snapPublic} can be restored by any AWS account; make it private (aws ec2 modify-snapshot-attribute --snapshot-id ${ids.snapPublic} --attribute createVolumePermission --operation-type remove --group-names all).`
    )
    expect(run.notices[0]).toContain(`EBS snapshot ${ids.snapOrphan} was taken of volume ${ids.volGone}`)
    expect(run.stdout).toContain(`::error title=public-snapshot%3A ${ids.snapPublic}::`)
  })

  it('writes the summary: counts by rule and severity, silenced findings, top findings and the Mermaid charts', () => {
    const s = run.summary
    expect(s).toContain('## Snapshot hygiene check')
    expect(s).toContain(
      '**8 findings** (4 errors, 3 warnings, 1 notice, 1 silenced) in 8 snapshots across 1 region. fail-on is `never`: the check passes.'
    )
    expect(s).toMatch(/\| `public-snapshot`\s+\| error\s+\|\s+2 \|\s+0 \|/)
    expect(s).toMatch(/\| `shared-snapshot`\s+\| warning\s+\|\s+1 \|\s+0 \|/)
    expect(s).toMatch(/\| `unencrypted-snapshot`\s+\| warning\s+\|\s+1 \|\s+1 \|/)
    expect(s).toMatch(/\| `orphaned-snapshot`\s+\| notice\s+\|\s+1 \|\s+0 \|/)
    expect(s).toMatch(/\| `expired-snapshot`\s+\| warning\s+\|\s+1 \|\s+0 \|/)
    expect(s).toMatch(/\| `old-snapshot`\s+\| notice\s+\|\s+0 \|\s+0 \|/)
    expect(s).toMatch(/\| `stale-backup`\s+\| error\s+\|\s+2 \|\s+0 \|/)
    expect(s).toContain('Silenced by `ignore-rules` or the `snapshot-hygiene:ignore` tag: `unencrypted-snapshot` 1.')
    expect(s).toContain('### Top findings')
    // EBS: 3 x 10 + 8 + 5 + 15 (the AMI's) GiB; RDS: two 20 GiB snapshots; all made just now.
    expect(s).toContain(
      '```mermaid\nxychart-beta\n  title "Snapshot storage by age (GiB)"\n  x-axis ["0-7 d", "8-30 d", "31-90 d", "91-365 d", "older"]\n  y-axis "GiB"\n  bar [98, 0, 0, 0, 0]\n```'
    )
    expect(s).toContain(
      '```mermaid\npie showData\n  title Snapshot storage by service (GiB)\n  "ebs" : 58\n  "rds" : 40\n```'
    )
  })

  it('fails or passes under each fail-on, naming the count', async () => {
    const runs = await Promise.all(
      (['error', 'warning', 'notice', 'never'] as const).map((failOn) =>
        runAction({ inputs: inputs({ 'fail-on': failOn, 'max-annotations': '0' }), env: env() })
      )
    )
    expect(runs.map((r) => r.code)).toEqual([1, 1, 1, 0])
    expect(runs.map((r) => r.errors)).toEqual([
      ["4 findings at or above fail-on 'error' (public-snapshot 2, stale-backup 2); the job summary lists them"],
      [
        "7 findings at or above fail-on 'warning' (public-snapshot 2, shared-snapshot 1, unencrypted-snapshot 1, expired-snapshot 1, stale-backup 2); the job summary lists them"
      ],
      [
        "8 findings at or above fail-on 'notice' (public-snapshot 2, shared-snapshot 1, unencrypted-snapshot 1, orphaned-snapshot 1, expired-snapshot 1, stale-backup 2); the job summary lists them"
      ],
      []
    ])
    expect(runs.every((r) => r.outputs['findings-count'] === '8')).toBe(true)
    expect(runs[0]?.summary).toContain('**The check fails**: 4 findings at or above fail-on `error`.')
  })

  it('passes under fail-on error when ignore-rules silences every error, and still reports the rest', async () => {
    const r = await runAction({ inputs: inputs({ 'ignore-rules': 'public-snapshot,stale-backup' }), env: env() })
    expect(r.code).toBe(0)
    expect(r.outputs['findings-count']).toBe('4')
    expect(r.errors).toEqual([])
    expect(r.warnings).toHaveLength(3)
    expect(r.summary).toContain('`public-snapshot` 2')
  })

  it('caps the annotations and states the total and where every finding is', async () => {
    const r = await runAction({ inputs: inputs({ 'fail-on': 'never', 'max-annotations': '3' }), env: env() })
    expect(r.errors).toHaveLength(3)
    expect(r.warnings).toEqual([])
    expect(r.notices).toEqual([
      `8 findings in all; 3 are annotated (max-annotations 3). Every finding is in ${r.outputs['findings-json']} (output findings-json).`
    ])
  })
})

describe('account settings against the moto server', () => {
  const OFF_REGION = 'eu-west-1'
  let run: ActionRun

  beforeAll(async () => {
    run = await runAction({ inputs: inputs({ regions: `${REGION},${OFF_REGION}`, 'fail-on': 'never' }), env: env() })
  })

  it('reports encryption-by-default-off in the region where it is off and not where it is on', () => {
    expect(run.code).toBe(0)
    const settings = findingsOf(run).filter((f) => f.resourceId === 'ebs-encryption-by-default')
    expect(settings.map((f) => `${f.severity} ${f.rule} ${f.accountId} ${f.region}`)).toEqual([
      `warning encryption-by-default-off ${ACCOUNT} ${OFF_REGION}`
    ])
    expect(settings[0]?.message).toBe(
      `EBS encryption by default is off in ${OFF_REGION}, so new volumes, and the snapshots taken of them, may be unencrypted; turn it on (aws ec2 enable-ebs-encryption-by-default --region ${OFF_REGION}).`
    )
    expect(run.warnings).toContain(`[${ACCOUNT} ${OFF_REGION}] ${settings[0]?.message}`)
    expect(run.outputs['findings-count']).toBe('9')
  })

  it('reports the block public access state, which moto does not implement, as not read: no finding, no failure', () => {
    expect(findingsOf(run).filter((f) => f.rule.startsWith('public-sharing-'))).toEqual([])
    expect(run.warnings.filter((w) => w.startsWith('Could not'))).toEqual([])
    expect(run.outputs['failed-count']).toBe('0')
    expect(run.stdout).toContain(
      `Not checked: EBS snapshot block public access in ${OFF_REGION} (account ${ACCOUNT}): the endpoint does not implement GetSnapshotBlockPublicAccessState`
    )
  })

  it('prints the Account settings section', () => {
    const section = /### Account settings\n[\s\S]*?(?=\n### |\nRules: )/.exec(run.summary)?.[0] ?? ''
    expect(section).toBe(
      [
        '### Account settings',
        '',
        '| region    | public sharing of EBS snapshots                                             | EBS encryption by default            |',
        '| :-------- | :-------------------------------------------------------------------------- | :----------------------------------- |',
        `| ${OFF_REGION} | not read: the endpoint does not implement GetSnapshotBlockPublicAccessState | **off**: \`encryption-by-default-off\` |`,
        `| ${REGION} | not read: the endpoint does not implement GetSnapshotBlockPublicAccessState | on                                   |`,
        '',
        'Public sharing blocked and encryption by default on: 0 of 2 regions.',
        '',
        'A setting the endpoint does not implement is neither a pass nor a finding: it is reported here and in the log, and does not fail the step.',
        ''
      ].join('\n')
    )
  })

  it('silences encryption-by-default-off with ignore-rules, and counts it for fail-on', async () => {
    const [silenced, failing] = await Promise.all([
      runAction({
        inputs: inputs({
          regions: OFF_REGION,
          volume: '',
          'ignore-rules': 'encryption-by-default-off',
          'fail-on': 'warning'
        }),
        env: env()
      }),
      runAction({ inputs: inputs({ regions: OFF_REGION, volume: '', 'fail-on': 'warning' }), env: env() })
    ])
    expect(silenced.code).toBe(0)
    expect(silenced.outputs['findings-count']).toBe('0')
    expect(silenced.summary).toMatch(/\| `encryption-by-default-off`\s+\| warning\s+\|\s+0 \|\s+1 \|/)
    expect(failing.code).toBe(1)
    expect(failing.errors).toEqual([
      "1 finding at or above fail-on 'warning' (encryption-by-default-off 1); the job summary lists them"
    ])
  })
})

describe('the pull-request comment', () => {
  function prEnv(workDir: string): Record<string, string> {
    const eventPath = path.join(workDir, 'event.json')
    fs.writeFileSync(
      eventPath,
      JSON.stringify({
        pull_request: {
          number: 7,
          head: { repo: { fork: false, full_name: 'acme/infra' } },
          base: { repo: { full_name: 'acme/infra' } }
        }
      })
    )
    return {
      ...env(),
      GITHUB_API_URL: api.url,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/infra'
    }
  }

  it('is created on the first run and updated on the second, never duplicated', async () => {
    api.seed('acme/infra#7', ['Looks good', 'Please add a test'])
    const runPr = async () => {
      const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-pr-'))
      return runAction({
        inputs: inputs({ 'fail-on': 'never', 'github-token': 'ghs_test' }),
        env: prEnv(workDir),
        workDir
      })
    }
    const first = await runPr()
    expect(first.code).toBe(0)
    expect(first.warnings).toHaveLength(3)
    const writes1 = api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)
    expect(writes1).toEqual(['POST /repos/acme/infra/issues/7/comments'])
    const mine1 = (api.comments.get('acme/infra#7') ?? []).filter((c) => c.body.includes(MARKER))
    expect(mine1).toHaveLength(1)

    const second = await runPr()
    expect(second.code).toBe(0)
    const writes2 = api.requests
      .filter((r) => r.method !== 'GET' && r.path !== '/graphql')
      .map((r) => `${r.method} ${r.path}`)
    expect(writes2).toEqual([
      'POST /repos/acme/infra/issues/7/comments',
      `PATCH /repos/acme/infra/issues/comments/${mine1[0]?.id}`
    ])
    const all = api.comments.get('acme/infra#7') ?? []
    expect(all).toHaveLength(3)
    const mine = all.filter((c) => c.body.includes(MARKER))
    expect(mine).toHaveLength(1)
    expect(mine[0]?.body.startsWith(`${MARKER}\n## Snapshot hygiene check\n\n**8 findings**`)).toBe(true)
    expect(mine[0]?.body).toContain('```mermaid\npie showData')
    expect(api.requests.every((r) => r.authorization === 'token ghs_test')).toBe(true)
  })
})

describe('a pull request from a fork', () => {
  it('gives one notice and succeeds without a single AWS call', async () => {
    let connections = 0
    const aws = net.createServer((socket) => {
      connections++
      socket.destroy()
    })
    await new Promise<void>((resolve) => aws.listen(0, '127.0.0.1', resolve))
    const port = (aws.address() as net.AddressInfo).port
    try {
      const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-fork-'))
      const eventPath = path.join(workDir, 'event.json')
      fs.writeFileSync(
        eventPath,
        JSON.stringify({
          pull_request: {
            number: 9,
            head: { repo: { fork: true, full_name: 'someone/infra' } },
            base: { repo: { full_name: 'acme/infra' } }
          }
        })
      )
      const r = await runAction({
        inputs: {
          mode: 'check',
          regions: REGION,
          'role-to-assume': 'arn:aws:iam::123456789012:role/snapshot-check',
          'github-token': 'ghs_read_only'
        },
        env: {
          AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
          AWS_REGION: REGION,
          GITHUB_API_URL: api.url,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_REPOSITORY: 'acme/infra'
        },
        workDir
      })
      expect(r.code).toBe(0)
      expect(r.notices).toEqual([
        'This pull request comes from a fork: GitHub gives its workflow runs no OIDC token and a read-only GITHUB_TOKEN, so snapshot-hygiene cannot assume role-to-assume or comment, and the check is skipped. Run the check on a schedule or on pushes to cover it.'
      ])
      expect(r.errors).toEqual([])
      expect(r.warnings).toEqual([])
      expect(connections).toBe(0)
      expect(api.requests.some((q) => q.path.includes('/issues/9/'))).toBe(false)
    } finally {
      await new Promise<void>((resolve) => {
        aws.close(() => {
          resolve()
        })
      })
    }
  })
})

describe('the IAM policy for check (policies/check.json)', () => {
  const policy = readPolicy('check')
  // moto lists no AWS Backup recovery points, so the EFS listing never reaches these two calls there.
  const unreachable = ['backup:ListRecoveryPointsByBackupVault', 'elasticfilesystem:DescribeFileSystems']
  // DescribeInstances serves the instance input, which these runs do not use: reliability/least-privilege.test.ts
  // proves it needed.
  const elsewhere = ['ec2:DescribeInstances']
  const reachable = allowedActions(policy).filter((a) => !unreachable.includes(a) && !elsewhere.includes(a))
  let iamMoto: Moto
  let full: { accessKeyId: string; secretAccessKey: string }
  const without = new Map<string, { accessKeyId: string; secretAccessKey: string }>()
  let seeded: Record<string, string> = {}

  function minus(action: string): PolicyDocument {
    return {
      ...policy,
      Statement: policy.Statement.map((st) => ({
        ...st,
        Action: allowedActions({ ...policy, Statement: [st] }).filter((a) => a !== action)
      }))
    }
  }

  beforeAll(async () => {
    iamMoto = await startMoto()
    seeded = await seed(iamMoto.url)
    // An Aurora cluster snapshot, so that the cluster look-ups run too.
    const { rds } = awsClients(iamMoto.url, REGION)
    await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'catalog',
        Engine: 'aurora-postgresql',
        MasterUsername: 'app',
        MasterUserPassword: 'not-a-real-password',
        StorageEncrypted: true
      })
    )
    await rds.send(
      new CreateDBClusterSnapshotCommand({
        DBClusterIdentifier: 'catalog',
        DBClusterSnapshotIdentifier: 'catalog-manual'
      })
    )
    full = await userWithPolicies(iamMoto.url, 'check-full', [policy])
    for (const [i, action] of reachable.entries())
      without.set(action, await userWithPolicies(iamMoto.url, `check-without-${i}`, [minus(action)]))
    await iamMoto.enforceIam(true)
  })
  afterAll(() => stopStarted(iamMoto))

  const runAs = (creds: { accessKeyId: string; secretAccessKey: string }, regions: string) =>
    runAction({
      inputs: {
        mode: 'check',
        regions,
        volume: [seeded.volKept, seeded.volNeverBacked, MISSING_VOLUME].join('\n'),
        'allowed-accounts': '444455556666',
        'fail-on': 'never'
      },
      env: {
        AWS_ENDPOINT_URL: iamMoto.url,
        AWS_REGION: REGION,
        AWS_ACCESS_KEY_ID: creds.accessKeyId,
        AWS_SECRET_ACCESS_KEY: creds.secretAccessKey
      }
    })

  it('is the policy the README shows', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const shown = /### Permissions for check[^`]*```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? ''
    expect(JSON.parse(shown)).toEqual(policy)
  })

  it('is enough: under IAM enforcement the check reads everything and finds every seeded problem', async () => {
    const r = await runAs(full, `${REGION},eu-west-1`)
    expect(r.code).toBe(0)
    expect(r.warnings.filter((w) => w.startsWith('Could not'))).toEqual([])
    expect(r.outputs['failed-count']).toBe('0')
    // The eight of the other tests and encryption-by-default-off in eu-west-1.
    expect(r.outputs['findings-count']).toBe('9')
    // The eight of the other tests, the Aurora snapshot and the automated one moto adds.
    expect(r.outputs['snapshot-count']).toBe('10')
  })

  it('is enough for regions: all too, except in the China and GovCloud regions that moto lists in the aws partition', async () => {
    const r = await runAs(full, 'all')
    expect(r.code).toBe(0)
    const failed = r.warnings.filter((w) => w.startsWith('Could not'))
    expect(failed.length).toBeGreaterThan(0)
    expect(failed.filter((w) => !/ in (cn-|us-gov-)/.test(w))).toEqual([])
    const findings = findingsOf(r)
    expect(findings.filter((f) => f.rule !== 'encryption-by-default-off')).toHaveLength(8)
    // Encryption by default is off in every region moto answered but the seeded one.
    const answered = r.summary.match(/^\| [a-z0-9-]+ +\| not read: the endpoint/gm) ?? []
    expect(findings.filter((f) => f.rule === 'encryption-by-default-off')).toHaveLength(answered.length - 1)
  })

  it('holds no action the check does not use: without any one of them the run reports the call it could not make', async () => {
    const runs = await Promise.all(
      reachable.map((action) => runAs(without.get(action) ?? full, action === 'ec2:DescribeRegions' ? 'all' : REGION))
    )
    // moto denies AWS Backup calls with an XML body the SDK cannot parse, so that warning cannot name the action:
    // the EFS listing failing at all is the evidence (it does not fail with the whole policy).
    const evidence = (action: string): string => (action === 'backup:ListBackupVaults' ? `efs in ${REGION}` : action)
    const missed = reachable.filter((action, i) => {
      const r = runs[i]
      return (
        !r ||
        ![...r.warnings, ...r.errors].some((line) => line.startsWith('Could not') && line.includes(evidence(action)))
      )
    })
    expect(missed).toEqual([])
    expect([...unreachable, ...elsewhere].sort()).toEqual(
      allowedActions(policy)
        .filter((a) => !reachable.includes(a))
        .sort()
    )
  })
})
