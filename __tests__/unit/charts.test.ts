import { describe, expect, it } from 'vitest'
import { Aggregator } from '../../src/aggregate.js'
import { DAY_MS } from '../../src/clock.js'
import type { HistoryEntry } from '../../src/history.js'
import {
  ageHistogram,
  costByAccountChart,
  costByServiceChart,
  groupTail,
  reclaimedChart,
  trendCharts,
  xyChart
} from '../../src/summary/charts.js'
import type { SnapshotRecord } from '../../src/types.js'
import { mermaidBlocks, validMermaidBlocks } from '../helpers/mermaid.js'

const NOW = new Date('2026-11-20T06:00:00.000Z')

function record(i: number, o: Partial<SnapshotRecord> = {}): SnapshotRecord {
  return {
    accountId: String(100000000000 + i),
    region: 'us-east-1',
    service: 'ebs',
    snapshotId: `snap-${i}`,
    arn: null,
    snapshotType: 'manual',
    sourceId: `vol-${i}`,
    state: 'completed',
    createdAt: new Date(NOW.getTime() - (i % 400) * DAY_MS),
    sizeGib: 10 + (i % 7),
    encrypted: true,
    kmsKeyId: null,
    storageTier: 'standard',
    tags: {},
    ...o
  }
}

function aggregate(records: readonly SnapshotRecord[]) {
  const a = new Aggregator(NOW)
  for (const r of records) a.add(r)
  return a.result()
}

const HOSTILE = [
  '',
  '"]; bar [1]\n%%{init: {"theme":"dark"}}%%',
  '```',
  '<img src=x onerror=alert(1)>',
  '#quot;',
  'a\\b',
  'x'.repeat(500),
  '\u202eevil',
  'comma, and [brackets]'
]

describe('Mermaid charts, checked with Mermaid’s own parser', () => {
  it('draws nothing (not an invalid block) when there is nothing to draw', async () => {
    const empty = aggregate([])
    expect(costByServiceChart(empty)).toBe('')
    expect(costByAccountChart(empty)).toBe('')
    expect(ageHistogram(empty)).toBe('')
    expect(trendCharts([])).toBe('')
    expect(reclaimedChart([], false)).toBe('')
    expect(xyChart({ title: 't', labels: [], yAxis: 'y', series: [] })).toBe('')
    expect(await validMermaidBlocks('')).toEqual([])
  })

  it('draws one service as one bar, exactly', async () => {
    const chart = costByServiceChart(aggregate([record(0)]))
    expect(chart).toBe(
      [
        '```mermaid',
        '---',
        'config:',
        '  xyChart:',
        '    width: 640',
        '    height: 160',
        '  themeVariables:',
        '    xyChart:',
        "      plotColorPalette: '#2f81f7'",
        '---',
        'xychart-beta horizontal',
        '  title "Estimated cost by service ($/month)"',
        '  x-axis ["ebs"]',
        '  y-axis "$/month" 0 --> 0.55',
        '  bar [0.5]',
        '```'
      ].join('\n')
    )
    expect(await validMermaidBlocks(chart)).toHaveLength(1)
  })

  it('keeps 5,000 accounts to 12 bars, the smallest grouped as other, and stays valid', async () => {
    const chart = costByAccountChart(aggregate(Array.from({ length: 5000 }, (_, i) => record(i))))
    const [block] = await validMermaidBlocks(chart)
    const labels = /x-axis \[(.*)\]/.exec(block ?? '')?.[1]?.split(', ') ?? []
    expect(labels).toHaveLength(12)
    expect(labels[11]).toBe('"other (4989)"')
    expect(chart.length).toBeLessThan(1000)
  })

  it('escapes hostile labels so that every chart still parses', async () => {
    const records = HOSTILE.map((region, i) => record(i, { region, accountId: String(200000000000 + i) }))
    const a = aggregate(records)
    const charts = [
      xyChart({
        title: HOSTILE[1] ?? '',
        labels: HOSTILE,
        yAxis: HOSTILE[3] ?? '',
        series: [{ kind: 'bar', values: HOSTILE.map((_, i) => i) }]
      }),
      reclaimedChart(
        records.map((r) => ({ region: r.region, sizeGib: r.sizeGib, outcome: 'deleted' })),
        false
      ),
      ageHistogram(a)
    ].join('\n\n')
    const blocks = await validMermaidBlocks(charts)
    expect(blocks).toHaveLength(3)
    const labels = blocks.join('\n').match(/"[^"]*"/g) ?? []
    expect(labels.length).toBeGreaterThan(20)
    expect(labels.join('')).not.toMatch(/[<>`#;\u202e\n]|%%/)
    expect(blocks[0]).toContain('"(none)"')
  })

  it('draws the trend of two runs as two points per line, and of 60 runs as the last 52', async () => {
    const entry = (day: number, count: number): HistoryEntry => ({
      at: new Date(NOW.getTime() + day * DAY_MS).toISOString(),
      count,
      sizeGib: count * 10,
      costUsd: count / 2,
      byService: {}
    })
    expect(trendCharts([entry(0, 4)])).toBe('')
    const two = await validMermaidBlocks(trendCharts([entry(0, 4), entry(7, 5)]))
    expect(two).toHaveLength(2)
    expect(two[0]).toContain('x-axis ["2026-11-20", "2026-11-27"]')
    expect(two[0]).toContain('line [2, 2.5]')
    expect(two[1]).toContain('line [4, 5]')
    const sameDay = trendCharts([entry(0, 1), { ...entry(0, 2), at: '2026-11-20T07:30:00.000Z' }])
    expect(sameDay).toContain('x-axis ["2026-11-20 06:00", "2026-11-20 07:30"]')
    const many = await validMermaidBlocks(trendCharts(Array.from({ length: 60 }, (_, i) => entry(i, i))))
    expect(/line \[(.*)\]/.exec(many[1] ?? '')?.[1]?.split(', ')).toHaveLength(52)
    // Past 8 runs the axis numbers the runs rather than crowd 52 dates under 640 pixels.
    expect(many[1]).toContain('x-axis "the last 52 runs, 2026-11-28 to 2027-01-18" 1 --> 52')
    const eight = trendCharts(Array.from({ length: 8 }, (_, i) => entry(i, i)))
    expect(eight).toContain(
      'x-axis ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]'
    )
  })

  it('fails a test on a chart Mermaid cannot parse', async () => {
    const invalid = '```mermaid\nxychart-beta\n  x-axis [""]\n  bar [0]\n```'
    expect(mermaidBlocks(invalid)).toHaveLength(1)
    await expect(validMermaidBlocks(invalid)).rejects.toThrow(/mermaid block 1 does not parse/)
  })
})

describe('groupTail', () => {
  it('keeps up to max entries as they are, and past it sums the smallest into other', () => {
    expect(
      groupTail(
        [
          ['a', 1],
          ['b', 3]
        ],
        2
      )
    ).toEqual([
      ['b', 3],
      ['a', 1]
    ])
    expect(
      groupTail(
        [
          ['a', 1],
          ['b', 3],
          ['c', 2],
          ['d', 0.5]
        ],
        3
      )
    ).toEqual([
      ['b', 3],
      ['c', 2],
      ['other (2)', 1.5]
    ])
  })
})
