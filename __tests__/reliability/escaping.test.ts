import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CopySnapshotCommand,
  CreateSnapshotCommand,
  CreateVolumeCommand,
  EnableEbsEncryptionByDefaultCommand
} from '@aws-sdk/client-ec2'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction, type ActionRun } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { readCsv } from '../helpers/csv.js'
import { startProxy } from '../helpers/proxy.js'
import { stopStarted } from '../helpers/teardown.js'

const REGION = 'us-east-1'
/** Tag values and descriptions an attacker with ec2:CreateTags can set on a snapshot the action reads. */
const HOSTILE = [
  '\r::error::pwned',
  '\u2028::warning::x',
  '| a | b |',
  '@octocat',
  'https://evil.example/x',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x")',
  'x\n::error::lf',
  '\u0085::notice::nel',
  'ok ##[error]legacy',
  'www.evil.example \u202eexe.txt'
] as const
const FORMULA = '=HYPERLINK("http://x")'
/** Every character a runner, a log viewer or an editor might take as the end of a line. */
const ANY_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/

let moto: Moto
let aws: { url: string; close(): Promise<void> }
const managed: string[] = []
let copyId = ''

beforeAll(async () => {
  moto = await startMoto()
  // moto writes a CR raw into its XML, where XML's line-end rule turns it into LF; AWS keeps it as a character
  // reference. The proxy does what AWS does, so the CR reaches the action as a CR.
  aws = await startProxy(moto.url, {
    rewrite: (_m, _u, body) => (body.startsWith('<') ? body.replace(/\r/g, '&#13;') : body)
  })
  const { ec2 } = awsClients(moto.url, REGION)
  const vol = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${REGION}a`, Size: 8 }))
  for (const value of HOSTILE) {
    const s = await ec2.send(
      new CreateSnapshotCommand({
        VolumeId: vol.VolumeId,
        Description: value,
        TagSpecifications: [
          {
            ResourceType: 'snapshot',
            Tags: [
              { Key: 'snapshot-hygiene:managed', Value: 'true' },
              { Key: 'snapshot-hygiene:ignore', Value: value },
              { Key: 'Name', Value: value },
              { Key: value.replace(/[^\w]/g, '') || 'k', Value: value }
            ]
          }
        ]
      })
    )
    managed.push(s.SnapshotId ?? '')
  }
  // CopySnapshot takes the KMS key id as given and fails later if it is not one; until then it is listed with it.
  const copy = await ec2.send(
    new CopySnapshotCommand({ SourceRegion: REGION, SourceSnapshotId: managed[0], Encrypted: true, KmsKeyId: FORMULA })
  )
  copyId = copy.SnapshotId ?? ''
  // The region's settings in place, so that the check's only findings are about the hostile snapshots.
  await ec2.send(new EnableEbsEncryptionByDefaultCommand({}))
})
afterAll(() => stopStarted(aws, moto))

function run(mode: string, extra: { inputs?: Record<string, string>; env?: Record<string, string> } = {}) {
  return runAction({
    inputs: { mode, regions: REGION, services: 'ebs', ...extra.inputs },
    env: { AWS_ENDPOINT_URL: aws.url, AWS_REGION: REGION, ...extra.env }
  })
}

/** Lines that start (after leading white space) with a workflow command, splitting stdout at the given breaks. */
function commandLines(stdout: string, breaks: RegExp): string[] {
  return stdout.split(breaks).filter((l) => l.trimStart().startsWith('::'))
}

/** The action's own commands are the only ones, however the log is split into lines, and no legacy ##[ command. */
function expectNoForgedCommands(r: ActionRun): void {
  const own = commandLines(r.stdout, /\r?\n/)
  expect(commandLines(r.stdout, ANY_BREAK)).toEqual(own)
  for (const line of own) expect(line).toMatch(/^::(error|warning|notice|debug|add-mask)( [^:]*)?::/)
  expect(r.stdout).not.toContain('##[')
}

/** No raw mention, bare URL, www. host or HTML tag (but the price table's details/summary), and no line break but LF. */
function expectInertMarkdown(markdown: string): void {
  expect(markdown).not.toMatch(/@[a-z0-9]/i)
  expect(markdown).not.toMatch(/https?:\/\//i)
  expect(markdown).not.toMatch(/www\./i)
  const tags = [...markdown.matchAll(/<\/?([a-z][a-z0-9-]*)/gi)].map((m) => m[1]?.toLowerCase())
  expect(tags.filter((t) => t !== 'details' && t !== 'summary')).toEqual([])
  expect(markdown).not.toMatch(/[\r\u2028\u2029\u0085\u202a-\u202e\u2066-\u2069]/)
}

/** Cells of a markdown table row, split at pipes that are not escaped. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1)
}

describe('strings from AWS in every sink', () => {
  it('prune: the skipped table has one row per snapshot, the log and summary carry no command, link or tag', async () => {
    const r = await run('prune', { inputs: { 'dry-run': 'true' } })
    expect(r.code).toBe(0)
    expect([r.errors, r.warnings, r.notices]).toEqual([[], [], []])
    expectNoForgedCommands(r)
    expectInertMarkdown(r.summary)
    const skipped = r.summary.slice(r.summary.indexOf(`### Skipped (${HOSTILE.length})`))
    const tables = skipped
      .split(/\n\n/)
      .filter((block) => block.startsWith('|'))
      .slice(0, 2)
    const decisions = (tables[1] ?? '').split('\n')
    expect(decisions).toHaveLength(2 + HOSTILE.length)
    const width = cells(decisions[0] ?? '').length
    expect(width).toBe(7)
    for (const row of decisions) expect(cells(row)).toHaveLength(width)
    for (const id of managed) expect(decisions.filter((row) => row.includes(id))).toHaveLength(1)

    const csv = readCsv(r.outputs['csv-path'] ?? '')
    expect(csv).toHaveLength(HOSTILE.length)
    const reasonOf = (i: number) => csv.find((row) => row.snapshot_id === managed[i])?.reason
    expect(reasonOf(0)).toBe('tagged snapshot-hygiene:ignore=\r::error::pwned')
    expect(reasonOf(6)).toBe(`tagged snapshot-hygiene:ignore=${FORMULA}`)
  })

  it('prune with the summary in the log (no GITHUB_STEP_SUMMARY): every line is inert', async () => {
    const r = await run('prune', { inputs: { 'dry-run': 'true' }, env: { GITHUB_STEP_SUMMARY: '' } })
    expect(r.code).toBe(0)
    expect([r.errors, r.warnings, r.notices]).toEqual([[], [], []])
    expect(r.stdout).toContain('### Skipped (11)')
    expectNoForgedCommands(r)
  })

  it('check: exactly the findings are annotated, and nothing else is a command', async () => {
    for (const env of [{}, { GITHUB_STEP_SUMMARY: '' }]) {
      const r = await run('check', { env })
      expect(r.code).toBe(0)
      expect(r.errors).toEqual([])
      expect(r.notices).toEqual([])
      expect(r.warnings.map((w) => /snap-[0-9a-f]+/.exec(w)?.[0]).sort()).toEqual([...managed].sort())
      expectNoForgedCommands(r)
      if (r.summary !== '') expectInertMarkdown(r.summary)
    }
  })

  it('inventory: the CSV cell that starts like a formula reads back with a leading apostrophe', async () => {
    const r = await run('inventory', { env: { GITHUB_STEP_SUMMARY: '' } })
    expect(r.code).toBe(0)
    expectNoForgedCommands(r)
    const rows = readCsv(r.outputs['csv-path'] ?? '')
    expect(rows).toHaveLength(HOSTILE.length + 1)
    expect(rows.find((row) => row.snapshot_id === copyId)?.kms_key_id).toBe(`'${FORMULA}`)
    const tags = JSON.parse(rows.find((row) => row.snapshot_id === managed[0])?.tags ?? '{}') as Record<string, string>
    expect(tags['snapshot-hygiene:ignore']).toBe('\r::error::pwned')
    expect(rows.every((row) => Number.isFinite(Number(row.size_gib)) && row.size_gib === '8')).toBe(true)
  })
})
