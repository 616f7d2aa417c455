import { describe, expect, it } from 'vitest'
import { Aggregator } from '../../src/aggregate.js'
import { CostRangeTracker } from '../../src/cost-range.js'
import type { Finding } from '../../src/findings.js'
import { RULE_IDS, RULE_SEVERITY } from '../../src/rules.js'
import type { CheckResult } from '../../src/modes/check.js'
import { ageChart, checkSummary, failingCount, serviceChart } from '../../src/summary/check.js'
import type { SnapshotRecord } from '../../src/types.js'
import { DAY_MS } from '../../src/clock.js'

const NOW = new Date('2026-06-15T12:00:00Z')

function record(service: SnapshotRecord['service'], sizeGib: number, ageDays: number): SnapshotRecord {
  return {
    accountId: '123456789012',
    region: 'eu-west-1',
    service,
    snapshotId: 's',
    arn: null,
    snapshotType: 'manual',
    sourceId: 'v',
    state: 'completed',
    createdAt: new Date(NOW.getTime() - ageDays * DAY_MS),
    sizeGib,
    encrypted: true,
    kmsKeyId: null,
    storageTier: 'standard',
    tags: {}
  }
}

function finding(
  rule: Finding['rule'],
  resourceId: string,
  message = `${resourceId} has a | pipe and *stars*; fix it.`
): Finding {
  return {
    rule,
    severity: RULE_SEVERITY[rule],
    accountId: '123456789012',
    region: 'eu-west-1',
    service: 'ebs',
    resourceId,
    message
  }
}

function result(over: Partial<CheckResult> = {}): CheckResult {
  const agg = new Aggregator(NOW)
  const costs = new CostRangeTracker()
  for (const r of [record('ebs', 100, 1), record('ebs', 50.25, 40), record('rds', 20, 400), record('efs', 0, 3)]) {
    agg.add(r)
    costs.add(r)
  }
  const counts: Partial<Record<Finding['rule'], [number, number]>> = {
    'public-snapshot': [1, 0],
    'unencrypted-snapshot': [2, 1],
    'old-snapshot': [1, 3]
  }
  return {
    mode: 'check',
    generatedAt: NOW.toISOString(),
    accounts: ['123456789012'],
    regions: ['eu-west-1', 'us-east-1'],
    snapshotCount: 4,
    findingsCount: 4,
    silencedCount: 4,
    rules: RULE_IDS.map((rule) => ({
      rule,
      severity: RULE_SEVERITY[rule],
      findings: counts[rule]?.[0] ?? 0,
      silenced: counts[rule]?.[1] ?? 0
    })),
    findingCounts: [],
    topFindings: [
      finding('public-snapshot', 'snap-1'),
      finding('unencrypted-snapshot', 'snap-2'),
      finding('unencrypted-snapshot', 'snap-3'),
      finding('old-snapshot', 'snap-4')
    ],
    sharingGaps: [],
    aggregate: agg.result(),
    failures: [],
    accountSettings: [],
    csvPath: '/tmp/x/check.csv',
    findingsJsonPath: '/tmp/x/check.findings.json',
    settings: {
      maxAgeDays: 365,
      maxBackupAgeHours: 26,
      allowedAccounts: [],
      ignoreRules: ['old-snapshot'],
      volumes: ['eu-west-1/vol-0abc'],
      archiveMinAgeDays: 90
    },
    costs: { ranges: costs.result(), measurement: null },
    ...over
  }
}

const OPTS = { failOn: 'error' as const, maxFindings: 100, findingsFile: 'check.findings.json', shareCheckLimit: 1000 }

/** The Mermaid blocks of a markdown text, checked for the shapes GitHub renders. */
function mermaidBlocks(markdown: string): string[][] {
  const blocks: string[][] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```mermaid') continue
    const end = lines.indexOf('```', i + 1)
    expect(end, 'mermaid block is closed').toBeGreaterThan(i)
    blocks.push(lines.slice(i + 1, end))
    i = end
  }
  return blocks
}

function expectWellFormedXyChart(body: string[]): { labels: string[]; values: number[] } {
  expect(body[0]).toBe('xychart-beta')
  expect(body[1]).toMatch(/^ {2}title "[^"]+"$/)
  const labels = [...(/^ {2}x-axis \[(.*)\]$/.exec(body[2] ?? '')?.[1] ?? '').matchAll(/"([^"]+)"/g)].map(
    (m) => m[1] ?? ''
  )
  expect(body[3]).toMatch(/^ {2}y-axis "[^"]+"$/)
  const bar = /^ {2}bar \[(.*)\]$/.exec(body[4] ?? '')?.[1] ?? ''
  const values = bar.split(', ').map(Number)
  expect(values.every((v) => Number.isFinite(v) && v >= 0)).toBe(true)
  expect(values).toHaveLength(labels.length)
  expect(body).toHaveLength(5)
  return { labels, values }
}

function expectWellFormedPie(body: string[]): Record<string, number> {
  expect(body[0]).toBe('pie showData')
  expect(body[1]).toMatch(/^ {2}title [^"]+$/)
  const slices: Record<string, number> = {}
  for (const line of body.slice(2)) {
    const m = /^ {2}"([^"]+)" : (\d+(\.\d+)?)$/.exec(line)
    expect(m, line).not.toBeNull()
    slices[m?.[1] ?? ''] = Number(m?.[2])
  }
  expect(Object.values(slices).every((v) => v > 0)).toBe(true)
  return slices
}

describe('check summary', () => {
  it('has the headline, every rule with its severity and counts, the silenced note and the top findings, escaped', () => {
    const md = checkSummary(result(), OPTS)
    expect(
      md.startsWith(
        '## Snapshot hygiene check\n\n**4 findings** (1 error, 2 warnings, 1 notice, 4 silenced) in 4 snapshots across 2 regions. **The check fails**: 1 finding at or above fail-on `error`.'
      )
    ).toBe(true)
    for (const rule of RULE_IDS) expect(md).toMatch(new RegExp(`\\| \`${rule}\`\\s+\\| ${RULE_SEVERITY[rule]}\\s+\\|`))
    expect(md).toMatch(/\| `unencrypted-snapshot`\s+\| warning\s+\|\s+2 \|\s+1 \|/)
    expect(md).toMatch(/\| `old-snapshot`\s+\| notice\s+\|\s+1 \|\s+3 \|/)
    expect(md).toContain(
      'Silenced by `ignore-rules` or the `snapshot-hygiene:ignore` tag: `unencrypted-snapshot` 1, `old-snapshot` 3.'
    )
    expect(md).toContain('### Top findings')
    expect(md).toContain('snap-1 has a \\| pipe and \\*stars\\*; fix it.')
    expect(md).toContain(
      'Rules: old-snapshot after 365 days, stale-backup after 26 hours (volumes eu-west-1/vol-0abc); sharing allowed with no account; archive-candidate from 90 days old.'
    )
    expect(md).not.toContain('### Not listed')
  })

  it('says where the rest are when the top findings are cut, and gives the verdict under each fail-on', () => {
    const md = checkSummary(result({ findingsCount: 2500 }), { ...OPTS, maxFindings: 2 })
    expect(md).toContain('The 2 most severe of 2,500 findings; every finding is in `check.findings.json`.')
    expect(checkSummary(result(), { ...OPTS, failOn: 'never' })).toContain('fail-on is `never`: the check passes.')
    expect(checkSummary(result(), { ...OPTS, failOn: 'warning' })).toContain(
      '**The check fails**: 3 findings at or above fail-on `warning`.'
    )
    const clean = result({
      rules: result().rules.map((r) => ({ ...r, findings: 0 })),
      findingsCount: 0,
      topFindings: []
    })
    const cleanMd = checkSummary(clean, OPTS)
    expect(cleanMd).toContain('The check passes: nothing at or above fail-on `error`.')
    expect(cleanMd).not.toContain('### Top findings')
  })

  it('draws storage by age as an xychart bar and by service as a pie, both well-formed', () => {
    const md = checkSummary(result(), OPTS)
    const blocks = mermaidBlocks(md)
    expect(blocks).toHaveLength(2)
    expect(expectWellFormedXyChart(blocks[0] ?? [])).toEqual({
      labels: ['0-7 d', '8-30 d', '31-90 d', '91-365 d', 'older'],
      values: [100, 0, 50.3, 0, 20]
    })
    expect(expectWellFormedPie(blocks[1] ?? [])).toEqual({ ebs: 150.3, rds: 20 })
    expect(md.indexOf('### Storage')).toBeLessThan(md.indexOf('```mermaid'))
  })

  it('draws no chart when nothing was listed, and leaves zero-sized services out of the pie', () => {
    const empty = result({ aggregate: new Aggregator(NOW).result() })
    expect(ageChart(empty.aggregate)).toBe('')
    expect(serviceChart(empty.aggregate)).toBe('')
    expect(checkSummary(empty, OPTS)).not.toContain('```mermaid')
    expect(serviceChart(result().aggregate)).not.toContain('"efs"')
  })

  it('lists sharing gaps and unreadable regions', () => {
    const md = checkSummary(
      result({
        sharingGaps: [
          { accountId: '123456789012', region: 'eu-west-1', service: 'ebs', eligible: 45000, checked: 1000 }
        ],
        failures: [
          {
            accountId: '123456789012',
            region: 'us-east-1',
            service: 'ebs',
            message: 'volumes (ec2:DescribeVolumes): denied'
          }
        ]
      }),
      OPTS
    )
    expect(md).toContain('### Sharing partly checked')
    expect(md).toContain('- ebs in eu-west-1 (account 123456789012): 1,000 of 45,000 snapshots')
    expect(md).toContain('### Not listed')
    expect(md).toContain('ebs in us-east-1 (account 123456789012): volumes (ec2:DescribeVolumes): denied')
  })

  it('counts the findings that fail the step', () => {
    const rules = result().rules
    expect(['error', 'warning', 'notice', 'never'].map((f) => failingCount(rules, f as 'error'))).toEqual([1, 3, 4, 0])
  })
})
