import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DescribeSnapshotsCommand, type Snapshot } from '@aws-sdk/client-ec2'
import { comparedSnapshots, inventoryChanges } from '../../src/changes.js'
import { CompareError, comparedHistory, findCompared } from '../../src/compare.js'
import { DAY_MS } from '../../src/clock.js'
import { carryHistory, historyEntry, MAX_HISTORY } from '../../src/history.js'
import { runInventory, type InventoryResult } from '../../src/modes/inventory.js'
import { writeResultJson } from '../../src/report/publish.js'
import { defined } from '../helpers/defined.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { ebsSnapshot, mockTarget } from '../helpers/mock-target.js'
import { readCsv } from '../helpers/csv.js'

const A = '111111111111'
const B = '222222222222'
const REGION = 'us-east-1'
const NOW = new Date('2026-11-20T06:00:00.000Z')

let root = ''
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-compare-'))
})
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true })
})

/** Runs the inventory over mocked snapshots of account A, writing its CSV and result JSON in `dir`. */
async function inventory(
  dir: string,
  snapshots: Snapshot[],
  now = NOW
): Promise<{ result: InventoryResult; file: string }> {
  const t = mockTarget(A, [REGION])
  defined(t.ec2[REGION]).on(DescribeSnapshotsCommand).resolves({ Snapshots: snapshots })
  const result = await runInventory(
    {
      regions: [REGION],
      awsRegion: REGION,
      services: ['ebs'],
      csvPath: path.join(dir, 'inv.csv'),
      maxParallelAccounts: 1
    },
    [t.target],
    new FakeClock(now)
  )
  return { result, file: writeResultJson(result.csvPath, result) }
}

const snap = (id: string, volume: string, size: number, tags: Record<string, string> = {}): Snapshot =>
  ebsSnapshot(id, volume, new Date(NOW.getTime() - 2 * DAY_MS), { size, owner: A, tags })

describe('findCompared: the earlier result a run compares itself with', () => {
  it('finds the one inventory result in a folder, and hands on its own entry as its history', async () => {
    const { file, result } = await inventory(root, [snap('snap-1', 'vol-a', 10)])
    const outcome = findCompared(root, 'inventory', [A])
    expect(outcome.status).toBe('found')
    if (outcome.status !== 'found' || outcome.compared.kind !== 'inventory') throw new Error('not found')
    expect(outcome.compared.file).toBe(file)
    expect(outcome.compared.slice.generatedAt).toBe(NOW.toISOString())
    expect(comparedHistory(outcome.compared.slice)).toEqual([historyEntry(result.generatedAt, result.aggregate)])
  })

  it('is none, with a notice, for a path that does not exist or a folder without a result', () => {
    expect(findCompared(path.join(root, 'nothing'), 'inventory', [A])).toEqual({
      status: 'none',
      notice: `No earlier result to compare with: ${path.join(root, 'nothing')} does not exist (a first run, or an expired artifact).`
    })
    expect(findCompared(root, 'inventory', [A])).toEqual({
      status: 'none',
      notice: `No earlier result to compare with: ${root} holds no *.summary.json file.`
    })
  })

  it('refuses a result of other accounts, naming both sides', async () => {
    const { file } = await inventory(root, [snap('snap-1', 'vol-a', 10)])
    expect(() => findCompared(file, 'inventory', [B])).toThrow(
      new CompareError(
        `compare-with ${file} is a result for other accounts (this run has ${B}, which it does not; it has ${A}, which this run does not): compare runs over the same accounts`
      )
    )
  })

  it('refuses a result of another schema version, and one of another mode', async () => {
    const { file } = await inventory(root, [snap('snap-1', 'vol-a', 10)])
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
    expect(() => findCompared(file, 'check', [A])).toThrow(/holds a result of mode inventory, not check/)
    fs.writeFileSync(file, JSON.stringify({ ...doc, schema_version: 2 }))
    expect(() => findCompared(file, 'inventory', [A])).toThrow(
      /^compare-with: .*inv\.summary\.json: field 'schema_version' says it was written by an incompatible version of snapshot-hygiene \(schema_version 2; this version reads 1\)/
    )
  })

  it('refuses a folder with two inventory results, naming them', async () => {
    await inventory(path.join(root, 'one'), [snap('snap-1', 'vol-a', 10)])
    await inventory(path.join(root, 'two'), [snap('snap-1', 'vol-a', 10)])
    expect(() => findCompared(root, 'inventory', [A])).toThrow(
      `compare-with ${root} holds 2 inventory results (one/inv.summary.json, two/inv.summary.json): name one of them`
    )
  })

  it('refuses a history entry that is not a time, and a history longer than it keeps', async () => {
    const { file, result } = await inventory(root, [snap('snap-1', 'vol-a', 10)])
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
    const entry = historyEntry(result.generatedAt, result.aggregate)
    fs.writeFileSync(file, JSON.stringify({ ...doc, history: [{ ...entry, at: 'yesterday' }] }))
    expect(() => findCompared(file, 'inventory', [A])).toThrow(/field 'history\[0\]\.at' must be a UTC time/)
    fs.writeFileSync(file, JSON.stringify({ ...doc, history: Array.from({ length: MAX_HISTORY + 1 }, () => entry) }))
    expect(() => findCompared(file, 'inventory', [A])).toThrow(/field 'history' has more than 52 entries/)
  })
})

describe('inventoryChanges: the earlier CSV joined with this run’s', () => {
  it('keys snapshots by account, region and id, and ranks the sources by the GiB they gained', async () => {
    const before = await inventory(path.join(root, 'before'), [
      snap('snap-1', 'vol-a', 10),
      snap('snap-2', 'vol-a', 10),
      snap('snap-3', 'vol-b', 50, { note: 'a, "quoted"\nline' })
    ])
    const after = await inventory(
      path.join(root, 'after'),
      [
        snap('snap-2', 'vol-a', 10),
        snap('snap-3', 'vol-b', 50, { note: 'a, "quoted"\nline' }),
        snap('snap-4', 'vol-b', 50),
        snap('snap-5', 'vol-c', 4)
      ],
      new Date(NOW.getTime() + 7 * DAY_MS)
    )
    const previous = await comparedSnapshots(before.result.csvPath, before.result.rowCount)
    const changes = await inventoryChanges({
      previous,
      previousAggregate: before.result.aggregate,
      currentCsv: after.result.csvPath,
      currentAggregate: after.result.aggregate,
      changesCsvPath: path.join(root, 'after', 'inv.changes.csv')
    })
    expect(changes.added).toEqual({ count: 2, sizeGib: 54, costUsd: 2.7 })
    expect(changes.removed).toEqual({ count: 1, sizeGib: 10, costUsd: 0.5 })
    expect(changes.costChangeUsd).toBeCloseTo(2.2, 10)
    expect(changes.growingSources.map((s) => `${s.sourceId} +${s.added} -${s.removed} ${s.gibChange}`)).toEqual([
      'vol-b +1 -0 50',
      'vol-c +1 -0 4'
    ])
    expect(readCsv(changes.csvPath).map((r) => `${r.change} ${r.snapshot_id} ${r.source_id}`)).toEqual([
      'added snap-4 vol-b',
      'added snap-5 vol-c',
      'removed snap-1 vol-a'
    ])
    expect(
      carryHistory(
        comparedHistory(defined(findFound(before.file))),
        historyEntry(after.result.generatedAt, after.result.aggregate)
      ).map((h) => h.count)
    ).toEqual([3, 4])
  })

  it('refuses an earlier CSV with fewer rows than its result counts, and a row that is not one the action writes', async () => {
    const before = await inventory(root, [snap('snap-1', 'vol-a', 10), snap('snap-2', 'vol-a', 10)])
    const lines = fs.readFileSync(before.result.csvPath, 'utf8').split('\n')
    fs.writeFileSync(before.result.csvPath, lines.slice(0, 2).join('\n') + '\n')
    await expect(comparedSnapshots(before.result.csvPath, 2)).rejects.toThrow(
      `${before.result.csvPath}: holds 1 rows, but the compared result counts 2: the artifact is incomplete`
    )
    fs.writeFileSync(before.result.csvPath, [lines[0], (lines[1] ?? '').replace(A, '<script>')].join('\n') + '\n')
    await expect(comparedSnapshots(before.result.csvPath, 1)).rejects.toThrow(
      `${before.result.csvPath}: record 2: account_id must be a 12-digit account id`
    )
    fs.writeFileSync(before.result.csvPath, [lines[0], lines[1], lines[1]].join('\n') + '\n')
    await expect(comparedSnapshots(before.result.csvPath, 2)).rejects.toThrow(
      `record 3: snapshot ${A}/${REGION}/snap-1 is listed a second time`
    )
    fs.writeFileSync(before.result.csvPath, [lines[0], `${lines[1] ?? ''}"`].join('\n'))
    await expect(comparedSnapshots(before.result.csvPath, 1)).rejects.toThrow(
      'the last record ends inside a quoted field'
    )
  })
})

describe('carryHistory', () => {
  it('keeps the last 52 runs, drops entries at or after this run, and orders them by time', () => {
    const at = (d: number): string => new Date(NOW.getTime() + d * DAY_MS).toISOString()
    const entry = (d: number) => ({ at: at(d), count: d, sizeGib: d, costUsd: d, byService: {} })
    const previous = [...Array.from({ length: 60 }, (_, i) => entry(i)).reverse(), entry(70)]
    const history = carryHistory(previous, entry(65))
    expect(history).toHaveLength(MAX_HISTORY)
    expect(history.map((h) => h.count)).toEqual([...Array.from({ length: 51 }, (_, i) => i + 9), 65])
  })
})

function findFound(file: string) {
  const outcome = findCompared(file, 'inventory', [A])
  return outcome.status === 'found' && outcome.compared.kind === 'inventory' ? outcome.compared.slice : undefined
}
