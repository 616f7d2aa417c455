import * as fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CreateSnapshotCommand,
  CreateVolumeCommand,
  DescribeSnapshotsCommand,
  type EC2Client
} from '@aws-sdk/client-ec2'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction, type ActionRun } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { stopStarted } from '../helpers/teardown.js'

const ACCOUNT = '123456789012'
const REGION = 'us-east-1'

let moto: Moto
const ids: Record<string, string> = {}

async function volume(ec2: EC2Client, size: number): Promise<string> {
  const v = await ec2.send(
    new CreateVolumeCommand({ AvailabilityZone: `${REGION}a`, Size: size, Encrypted: true, VolumeType: 'gp3' })
  )
  return v.VolumeId ?? ''
}

async function snapshot(ec2: EC2Client, volumeId: string, tags: Record<string, string> = {}): Promise<string> {
  const entries = Object.entries(tags)
  const s = await ec2.send(
    new CreateSnapshotCommand({
      VolumeId: volumeId,
      ...(entries.length > 0
        ? { TagSpecifications: [{ ResourceType: 'snapshot', Tags: entries.map(([Key, Value]) => ({ Key, Value })) }] }
        : {})
    })
  )
  return s.SnapshotId ?? ''
}

/**
 * Three volumes with two snapshots each: unmanaged (8 GiB), managed with an expires-at far ahead (16 GiB), and
 * unmanaged with the ignore tag (4 GiB). moto returns no FullSnapshotSizeInBytes, so each snapshot's volume size is
 * its own at the low end, and of each volume the snapshot that is not the newest is a candidate.
 */
async function seed(endpoint: string): Promise<void> {
  const { ec2 } = awsClients(endpoint, REGION)
  const managed = { 'snapshot-hygiene:managed': 'true', 'snapshot-hygiene:expires-at': '2099-01-01T00:00:00Z' }
  const ignored = { 'snapshot-hygiene:ignore': 'archive-candidate' }
  ids.vol8 = await volume(ec2, 8)
  ids.vol16 = await volume(ec2, 16)
  ids.vol4 = await volume(ec2, 4)
  ids.old8 = await snapshot(ec2, ids.vol8)
  ids.old16 = await snapshot(ec2, ids.vol16, managed)
  ids.old4 = await snapshot(ec2, ids.vol4, ignored)
  ids.new8 = await snapshot(ec2, ids.vol8)
  ids.new16 = await snapshot(ec2, ids.vol16, managed)
  ids.new4 = await snapshot(ec2, ids.vol4, ignored)
  const listed = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }))
  const started = new Map((listed.Snapshots ?? []).map((s) => [s.SnapshotId ?? '', s.StartTime?.getTime() ?? 0]))
  // The newest of each volume stays: the later start time, and (moto's times are whole seconds) of two started in
  // the same second, the higher id. The other one is the candidate.
  for (const size of ['8', '16', '4'] as const) {
    const [a, b] = [ids[`old${size}`] ?? '', ids[`new${size}`] ?? '']
    const later = (started.get(b) ?? 0) - (started.get(a) ?? 0)
    ids[`candidate${size}`] = later > 0 || (later === 0 && b > a) ? a : b
  }
  expect(listed.Snapshots?.every((s) => s.FullSnapshotSizeInBytes === undefined)).toBe(true)
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

describe('archive-candidate against the moto server, through the bundle', () => {
  let run: ActionRun

  beforeAll(async () => {
    moto = await startMoto()
    await seed(moto.url)
    run = await runAction({
      inputs: { mode: 'check', regions: REGION, services: 'ebs', 'archive-after-days': '0', 'fail-on': 'notice' },
      env: { AWS_ENDPOINT_URL: moto.url, AWS_REGION: REGION }
    })
  })
  afterAll(() => stopStarted(moto))

  const message8 = (): string =>
    `EBS snapshot ${ids.candidate8} (volume ${ids.vol8}, ${REGION}, 8 GiB volume size, AWS returned no full size) would cost ` +
    'less in the archive tier: $0.10 a month archived against at least $0.40 a month in standard (8 GiB of unique ' +
    'blocks at the low end, volume-size bound: without full sizes its volume size counts as its own), saving at least ' +
    '$0.30 a month (estimate); assumed: it is not managed by this action, so nothing deletes it and it is assumed to ' +
    `stay past the 90-day archive minimum. To act, archive it (aws ec2 modify-snapshot-tier --snapshot-id ${ids.candidate8} ` +
    '--storage-tier archive); restoring costs $0.03/GB and takes up to 72 hours. Or tag it ' +
    'snapshot-hygiene:ignore=archive-candidate to keep it in standard.'

  it('names the older snapshot of each volume, with both monthly costs; the tagged one is silenced', () => {
    expect(run.stderr).toBe('')
    const findings = (
      JSON.parse(fs.readFileSync(run.outputs['findings-json'] ?? '', 'utf8')) as { findings: JsonFinding[] }
    ).findings.filter((f) => f.rule === 'archive-candidate')
    expect(findings.map((f) => f.resourceId).sort()).toEqual([ids.candidate8, ids.candidate16].sort())
    const byId = new Map(findings.map((f) => [f.resourceId, f]))
    expect(byId.get(ids.candidate8 ?? '')).toEqual({
      rule: 'archive-candidate',
      severity: 'notice',
      accountId: ACCOUNT,
      region: REGION,
      service: 'ebs',
      resourceId: ids.candidate8,
      message: message8()
    })
    expect(byId.get(ids.candidate16 ?? '')?.message).toMatch(
      new RegExp(
        `^EBS snapshot ${ids.candidate16} \\(volume ${ids.vol16}, ${REGION}, 16 GiB volume size, AWS returned no full size\\) ` +
          'would cost less in the archive tier: \\$0\\.20 a month archived against at least \\$0\\.80 a month in standard .*' +
          'saving at least \\$0\\.60 a month \\(estimate\\); assumed: its expires-at \\(2099-01-01T00:00:00\\.000Z\\) keeps ' +
          'it \\d+ more days, past the 90-day archive minimum\\. To act, set archive-after-days on the prune of its volume'
      )
    )
  })

  it('fails under fail-on notice, annotates each finding and renders the summary line', () => {
    expect(run.code).toBe(1)
    // moto starts with EBS encryption by default off: that finding is the region's, not a snapshot's.
    expect(run.errors).toEqual([
      "3 findings at or above fail-on 'notice' (encryption-by-default-off 1, archive-candidate 2); the job summary lists them"
    ])
    expect(run.outputs['findings-count']).toBe('3')
    expect(run.notices.filter((n) => n.includes('would cost less in the archive tier'))).toHaveLength(2)
    for (const id of [ids.candidate8, ids.candidate16])
      expect(run.notices.filter((n) => n.startsWith(`[${ACCOUNT} ${REGION}] EBS snapshot ${id} `))).toHaveLength(1)
    expect(run.notices).toContainEqual(`[${ACCOUNT} ${REGION}] ${message8()}`)
    const s = run.summary
    expect(s).toMatch(/\| `archive-candidate` +\| notice +\| +2 \| +1 \|/)
    const row = s.split('\n').find((l) => l.includes(`| ${ids.candidate8} `)) ?? ''
    expect(row.replace(/ +\|/g, ' |')).toBe(
      `| notice | \`archive-candidate\` | ${ids.candidate8} | ${REGION} | ${ACCOUNT} | ${message8().replace(
        /[\\`*_{}[\]#|~$]/g,
        (c) => `\\${c}`
      )} |`
    )
    expect(s).toContain('archive-candidate from 0 days old.')
  })

  it('shows the cost range the inventory would, from the same listing', () => {
    // Six snapshots of 8, 16 and 4 GiB volumes, two each, at the volume-size bound: (16 + 32 + 8) * $0.05.
    expect(run.summary).toContain('About **$2.80 a month** (estimate) for 6 snapshots in 3 lineages.')
    expect(run.outputs['estimated-monthly-cost-low-usd']).toBe('2.8')
    expect(run.outputs['estimated-monthly-cost-usd']).toBe('2.8')
    expect(run.summary).toMatch(/\| ebs +\| us-east-1 +\| +3 \| +6 \| +\$2\.80 \| +\$2\.80 \| volume size 3 +\|/)
  })
})
