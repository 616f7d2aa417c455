import { describe, expect, it } from 'vitest'
import { DAY_MS, isAwsBackup, isOwned, isoWeekLabel, planRetention } from '../../src/retention.js'
import type { Decision, RetentionPlan, RetentionPolicy } from '../../src/retention.js'
import { TAG_IGNORE, TAG_MANAGED } from '../../src/types.js'
import type { SnapshotRecord } from '../../src/types.js'

const MANAGED = { [TAG_MANAGED]: 'true' }
/** Sunday of ISO week 2026-W01, noon UTC. */
const NOW = new Date('2026-01-04T12:00:00Z')

function snap(id: string, createdAt: string | Date, over: Partial<SnapshotRecord> = {}): SnapshotRecord {
  return {
    accountId: '111111111111',
    region: 'eu-west-1',
    service: 'ebs',
    snapshotId: id,
    arn: null,
    snapshotType: 'manual',
    sourceId: 'vol-a',
    state: 'completed',
    createdAt: typeof createdAt === 'string' ? new Date(createdAt) : createdAt,
    sizeGib: 8,
    encrypted: true,
    kmsKeyId: null,
    storageTier: 'standard',
    tags: { ...MANAGED },
    ...over
  }
}

/** A snapshot `days` days (plus `ms`) before NOW. */
function aged(id: string, days: number, over: Partial<SnapshotRecord> = {}, ms = 0): SnapshotRecord {
  return snap(id, new Date(NOW.getTime() - days * DAY_MS - ms), over)
}

function policy(over: Partial<RetentionPolicy> = {}): RetentionPolicy {
  return { retentionDays: 15, keepLast: 1, keepDaily: 0, keepWeekly: 0, keepMonthly: 0, pruneTags: {}, ...over }
}

function ids(plan: RetentionPlan, action: Decision['action']): string[] {
  return plan.decisions.filter((d) => d.action === action).map((d) => d.snapshot.snapshotId)
}

function byId(plan: RetentionPlan, id: string): Pick<Decision, 'action' | 'rule' | 'reason'> {
  const d = plan.decisions.find((x) => x.snapshot.snapshotId === id)
  if (!d) throw new Error(`no decision for ${id}`)
  return { action: d.action, rule: d.rule, reason: d.reason }
}

describe('isOwned', () => {
  it('owns EBS snapshots tagged managed=true, exactly', () => {
    expect(isOwned(snap('s', NOW), {})).toBe(true)
    expect(isOwned(snap('s', NOW, { tags: { [TAG_MANAGED]: 'True' } }), {})).toBe(false)
    expect(isOwned(snap('s', NOW, { tags: { [TAG_MANAGED]: 'yes' } }), {})).toBe(false)
    expect(isOwned(snap('s', NOW, { tags: {} }), {})).toBe(false)
  })

  it('owns snapshots matching every pruneTags entry, and nothing with an empty filter', () => {
    const old = snap('s', NOW, { tags: { 'created-by': 'old-tool', env: 'prod' } })
    expect(isOwned(old, {})).toBe(false)
    expect(isOwned(old, { 'created-by': 'old-tool' })).toBe(true)
    expect(isOwned(old, { 'created-by': 'old-tool', env: 'prod' })).toBe(true)
    expect(isOwned(old, { 'created-by': 'old-tool', env: 'dev' })).toBe(false)
    expect(isOwned(old, { 'created-by': 'old-tool', team: '' })).toBe(false)
  })

  it('never owns EFS recovery points, nor RDS snapshots that are not the own manual ones of the account', () => {
    expect(isOwned(snap('s', NOW, { service: 'efs' }), {})).toBe(false)
    expect(isOwned(snap('s', NOW, { service: 'efs', tags: { a: 'b' } }), { a: 'b' })).toBe(false)
    for (const service of ['rds', 'rds-cluster'] as const) {
      expect(isOwned(snap('s', NOW, { service }), {})).toBe(true)
      expect(isOwned(snap('s', NOW, { service, tags: { a: 'b' } }), { a: 'b' })).toBe(true)
      expect(isOwned(snap('s', NOW, { service, snapshotType: 'automated' }), {})).toBe(false)
      expect(isOwned(snap('s', NOW, { service, snapshotType: 'aws-backup' }), {})).toBe(false)
      const foreign = 'arn:aws:rds:us-east-1:999999999999:snapshot:s'
      expect(isOwned(snap('s', NOW, { service, arn: foreign }), {})).toBe(false)
    }
  })
})

describe('isAwsBackup', () => {
  it('recognises aws:backup: tags and the aws-backup snapshot type', () => {
    expect(isAwsBackup(snap('s', NOW, { tags: { ...MANAGED, 'aws:backup:source-resource': 'x' } }))).toBe(true)
    expect(isAwsBackup(snap('s', NOW, { snapshotType: 'aws-backup' }))).toBe(true)
    expect(isAwsBackup(snap('s', NOW, { tags: { 'aws:backup': 'x', 'backup:aws:': 'y' } }))).toBe(false)
  })
})

describe('planRetention: ownership and screening', () => {
  it('ignores unmanaged snapshots, even old ones on a managed volume', () => {
    const plan = planRetention(
      [
        aged('m-new', 1),
        aged('m-old', 40),
        aged('u-old', 400, { tags: {} }),
        aged('u-new', 0.5, { tags: { Name: 'x' } })
      ],
      policy(),
      NOW
    )
    expect(ids(plan, 'delete')).toEqual(['m-old'])
    expect(ids(plan, 'ignore')).toEqual(['u-new', 'u-old'])
    expect(byId(plan, 'u-old')).toEqual({
      action: 'ignore',
      rule: 'not-managed',
      reason: 'not managed by snapshot-hygiene'
    })
  })

  it('unmanaged snapshots do not use up keep-last slots', () => {
    const plan = planRetention([aged('u', 1, { tags: {} }), aged('m', 30)], policy({ retentionDays: 0 }), NOW)
    expect(ids(plan, 'keep')).toEqual(['m'])
    expect(ids(plan, 'delete')).toEqual([])
  })

  it('ignores managed-tagged EFS recovery points and automated RDS snapshots', () => {
    const plan = planRetention(
      [
        aged('rds', 100, { service: 'rds', snapshotType: 'automated' }),
        aged('efs', 100, { service: 'efs' }),
        aged('rds-manual', 100, { service: 'rds', state: 'available' })
      ],
      policy({ keepLast: 0 }),
      NOW
    )
    expect(ids(plan, 'ignore')).toEqual(['efs', 'rds'])
    expect(ids(plan, 'delete')).toEqual(['rds-manual'])
  })

  it('skips AWS Backup snapshots even when owned', () => {
    const plan = planRetention(
      [
        aged('b-tag', 100, { tags: { ...MANAGED, 'aws:backup:source-resource': 'arn:x' } }),
        aged('b-type', 100, { snapshotType: 'aws-backup' }),
        aged('plain', 100)
      ],
      policy({ keepLast: 0 }),
      NOW
    )
    expect(ids(plan, 'skip')).toEqual(['b-tag', 'b-type'])
    expect(byId(plan, 'b-tag')).toEqual({ action: 'skip', rule: 'aws-backup', reason: 'managed by AWS Backup' })
    expect(ids(plan, 'delete')).toEqual(['plain'])
  })

  it('skips snapshots carrying the ignore tag with any value but false', () => {
    const plan = planRetention(
      [
        aged('i-true', 100, { tags: { ...MANAGED, [TAG_IGNORE]: 'true' } }),
        aged('i-yes', 99, { tags: { ...MANAGED, [TAG_IGNORE]: 'yes' } }),
        aged('i-false', 98, { tags: { ...MANAGED, [TAG_IGNORE]: 'false' } })
      ],
      policy({ keepLast: 0 }),
      NOW
    )
    expect(ids(plan, 'skip')).toEqual(['i-yes', 'i-true'])
    expect(byId(plan, 'i-true')).toEqual({ action: 'skip', rule: 'ignore-tag', reason: `tagged ${TAG_IGNORE}=true` })
    expect(ids(plan, 'delete')).toEqual(['i-false'])
  })

  it('never deletes snapshots that are not completed, and they do not count for keep-last', () => {
    const plan = planRetention(
      [
        aged('pending', 100, { state: 'pending' }),
        aged('error', 100, { state: 'error' }),
        aged('recov', 100, { state: 'recoverable' }),
        aged('done', 50)
      ],
      policy({ retentionDays: 0, keepLast: 1 }),
      NOW
    )
    expect(ids(plan, 'delete')).toEqual([])
    expect(byId(plan, 'pending')).toEqual({
      action: 'keep',
      rule: 'pending',
      reason: 'state pending: not completed yet'
    })
    expect(byId(plan, 'error')).toEqual({ action: 'keep', rule: 'not-completed', reason: 'state error: not completed' })
    expect(byId(plan, 'recov')).toEqual({
      action: 'keep',
      rule: 'not-completed',
      reason: 'state recoverable: not completed'
    })
    expect(byId(plan, 'done')).toEqual({ action: 'keep', rule: 'keep-last', reason: 'held by keep-last 1 of 1' })
  })

  it('keeps snapshots created in the future, without spending a keep-last slot on them', () => {
    const plan = planRetention(
      [snap('future', '2026-01-05T00:00:00Z'), aged('real', 40), aged('older', 41)],
      policy(),
      NOW
    )
    expect(byId(plan, 'future')).toEqual({
      action: 'keep',
      rule: 'future-created-at',
      reason: 'created 2026-01-05T00:00:00.000Z, after now 2026-01-04T12:00:00.000Z (clock skew)'
    })
    expect(byId(plan, 'real').rule).toBe('keep-last')
    expect(ids(plan, 'delete')).toEqual(['older'])
  })

  it('keeps snapshots with an invalid creation date', () => {
    const plan = planRetention([snap('bad', new Date(Number.NaN)), aged('x', 40), aged('y', 41)], policy(), NOW)
    expect(byId(plan, 'bad')).toEqual({
      action: 'keep',
      rule: 'invalid-created-at',
      reason: 'creation time is not a valid date'
    })
    expect(ids(plan, 'delete')).toEqual(['y'])
  })
})

describe('planRetention: pruneTags adoption', () => {
  it('adopts snapshots matching all pruneTags, and nothing else', () => {
    const legacy = { 'created-by': 'old-tool', env: 'prod' }
    const plan = planRetention(
      [
        aged('keep-me', 1, { tags: legacy }),
        aged('adopted', 30, { tags: legacy }),
        aged('half', 30, { tags: { 'created-by': 'old-tool', env: 'dev' } }),
        aged('other', 30, { tags: { 'created-by': 'other-tool' } })
      ],
      policy({ pruneTags: { 'created-by': 'old-tool', env: 'prod' } }),
      NOW
    )
    expect(ids(plan, 'delete')).toEqual(['adopted'])
    expect(ids(plan, 'keep')).toEqual(['keep-me'])
    expect(ids(plan, 'ignore')).toEqual(['half', 'other'])
  })
})

describe('planRetention: volumes filter', () => {
  const input = [
    aged('a1', 1),
    aged('a2', 30),
    aged('b1', 1, { sourceId: 'vol-b' }),
    aged('b2', 30, { sourceId: 'vol-b' }),
    aged('n', 30, { sourceId: null })
  ]

  it('prunes only listed volumes and skips the rest as out of scope', () => {
    const plan = planRetention(input, policy({ volumes: ['vol-a'] }), NOW)
    expect(ids(plan, 'delete')).toEqual(['a2'])
    expect(ids(plan, 'skip')).toEqual(['b1', 'b2', 'n'])
    expect(byId(plan, 'b2')).toEqual({
      action: 'skip',
      rule: 'out-of-scope',
      reason: 'volume vol-b is not in the volumes filter'
    })
    expect(byId(plan, 'n').reason).toBe('volume (none) is not in the volumes filter')
  })

  it('treats an empty list as "no volume in scope" and an omitted one as "all volumes"', () => {
    expect(ids(planRetention(input, policy({ volumes: [] }), NOW), 'skip')).toHaveLength(5)
    expect(ids(planRetention(input, policy({ volumes: undefined }), NOW), 'delete')).toEqual(['a2', 'b2'])
  })

  it('still ignores unmanaged snapshots outside the filter', () => {
    const plan = planRetention([aged('u', 30, { sourceId: 'vol-b', tags: {} })], policy({ volumes: ['vol-a'] }), NOW)
    expect(byId(plan, 'u').action).toBe('ignore')
  })
})

describe('planRetention: retention age', () => {
  it('deletes strictly older than retentionDays, keeps exactly retentionDays', () => {
    const plan = planRetention(
      [
        aged('newest', 0),
        aged('minus-1ms', 15, {}, -1),
        aged('exact', 15),
        aged('plus-1ms', 15, {}, 1),
        aged('d17', 17)
      ],
      policy({ retentionDays: 15 }),
      NOW
    )
    expect(ids(plan, 'delete')).toEqual(['plus-1ms', 'd17'])
    expect(byId(plan, 'minus-1ms')).toEqual({
      action: 'keep',
      rule: 'retention',
      reason: '14 days old, within 15-day retention'
    })
    expect(byId(plan, 'exact')).toEqual({
      action: 'keep',
      rule: 'retention',
      reason: '15 days old, within 15-day retention'
    })
    expect(byId(plan, 'plus-1ms')).toEqual({
      action: 'delete',
      rule: 'retention',
      reason: 'expired: more than 15 days old, retention 15 days'
    })
    expect(byId(plan, 'd17')).toEqual({
      action: 'delete',
      rule: 'retention',
      reason: 'expired: 17 days old, retention 15 days'
    })
  })

  it('uses singular units', () => {
    const plan = planRetention(
      [aged('a', 0.1), aged('b', 1), aged('c', 2)],
      policy({ retentionDays: 1, keepLast: 0 }),
      NOW
    )
    expect(byId(plan, 'a').reason).toBe('0 days old, within 1-day retention')
    expect(byId(plan, 'b').reason).toBe('1 day old, within 1-day retention')
    expect(byId(plan, 'c').reason).toBe('expired: 2 days old, retention 1 day')
  })

  it('with retentionDays 0 deletes any age > 0 ms and keeps age exactly 0', () => {
    const plan = planRetention(
      [aged('zero', 0), aged('one-ms', 0, {}, 1)],
      policy({ retentionDays: 0, keepLast: 0 }),
      NOW
    )
    expect(ids(plan, 'delete')).toEqual(['one-ms'])
    expect(byId(plan, 'zero')).toEqual({
      action: 'keep',
      rule: 'retention',
      reason: '0 days old, within 0-day retention'
    })
    expect(byId(plan, 'one-ms').reason).toBe('expired: more than 0 days old, retention 0 days')
  })

  it('with retentionDays 0 and keepLast 1 deletes all but the newest of each volume', () => {
    const plan = planRetention(
      [
        aged('a1', 1),
        aged('a2', 2),
        aged('a3', 3),
        aged('b1', 5, { sourceId: 'vol-b' }),
        aged('b2', 6, { sourceId: 'vol-b' })
      ],
      policy({ retentionDays: 0, keepLast: 1 }),
      NOW
    )
    expect(ids(plan, 'keep')).toEqual(['a1', 'b1'])
    expect(ids(plan, 'delete')).toEqual(['a2', 'a3', 'b2'])
    expect(plan.toDelete.map((s) => s.snapshotId)).toEqual(['a2', 'a3', 'b2'])
    expect(plan.counts).toEqual({ delete: 3, keep: 2, skip: 0, ignore: 0 })
  })
})

describe('planRetention: keep-last', () => {
  it('keeps the newest N completed snapshots of each volume', () => {
    const plan = planRetention(
      [aged('a1', 20), aged('a2', 21), aged('a3', 22), aged('a4', 23)],
      policy({ keepLast: 2 }),
      NOW
    )
    expect(ids(plan, 'keep')).toEqual(['a1', 'a2'])
    expect(byId(plan, 'a1')).toEqual({ action: 'keep', rule: 'keep-last', reason: 'held by keep-last 1 of 2' })
    expect(byId(plan, 'a2').reason).toBe('held by keep-last 2 of 2')
    expect(ids(plan, 'delete')).toEqual(['a3', 'a4'])
  })

  it('breaks ties on createdAt by snapshot id', () => {
    const plan = planRetention([aged('s-b', 20), aged('s-a', 20)], policy({ keepLast: 1 }), NOW)
    expect(ids(plan, 'keep')).toEqual(['s-a'])
  })

  it('groups per account and region as well as volume', () => {
    const plan = planRetention(
      [aged('eu', 20), aged('us', 21, { region: 'us-east-1' }), aged('acct2', 22, { accountId: '222222222222' })],
      policy({ keepLast: 1 }),
      NOW
    )
    expect(ids(plan, 'delete')).toEqual([])
  })

  it('treats each snapshot without a real source volume as its own lineage', () => {
    const input = [
      aged('c1', 30, { sourceId: 'vol-ffffffff' }),
      aged('c2', 31, { sourceId: 'vol-ffffffff' }),
      aged('n1', 32, { sourceId: null }),
      aged('n2', 33, { sourceId: null })
    ]
    const kept = planRetention(input, policy({ keepLast: 1 }), NOW)
    expect(ids(kept, 'delete')).toEqual([])
    expect(byId(kept, 'c2').reason).toBe('held by keep-last 1 of 1')
    const pruned = planRetention(input, policy({ keepLast: 0 }), NOW)
    expect(ids(pruned, 'delete')).toEqual(['c1', 'c2', 'n1', 'n2'])
  })
})

describe('planRetention: grandfather-father-son (UTC)', () => {
  const gfs = (over: Partial<RetentionPolicy>): RetentionPolicy => policy({ retentionDays: 0, keepLast: 0, ...over })

  it('keep-daily keeps the newest snapshot of each of the last N UTC days, today included', () => {
    const plan = planRetention(
      [
        snap('d4-late', '2026-01-04T11:00:00Z'),
        snap('d4-early', '2026-01-04T00:00:00Z'),
        snap('d3-last-ms', '2026-01-03T23:59:59.999Z'),
        snap('d3-first', '2026-01-03T00:00:00Z'),
        snap('d2-last-ms', '2026-01-02T23:59:59.999Z')
      ],
      gfs({ keepDaily: 2 }),
      NOW
    )
    expect(ids(plan, 'keep')).toEqual(['d4-late', 'd3-last-ms'])
    expect(byId(plan, 'd4-late')).toEqual({
      action: 'keep',
      rule: 'keep-daily',
      reason: 'held by keep-daily 2026-01-04'
    })
    expect(byId(plan, 'd3-last-ms').reason).toBe('held by keep-daily 2026-01-03')
    expect(ids(plan, 'delete')).toEqual(['d4-early', 'd3-first', 'd2-last-ms'])
  })

  it('keep-daily counts calendar days, not 24-hour spans, and skips empty days', () => {
    const plan = planRetention(
      [snap('today', '2026-01-04T00:00:00Z'), snap('d2', '2026-01-02T12:00:00Z'), snap('d1', '2026-01-01T12:00:00Z')],
      gfs({ keepDaily: 3 }),
      new Date('2026-01-04T23:59:59.999Z')
    )
    expect(ids(plan, 'keep')).toEqual(['today', 'd2'])
    expect(ids(plan, 'delete')).toEqual(['d1'])
  })

  it('keep-weekly uses ISO weeks starting Monday, UTC', () => {
    const plan = planRetention(
      [
        snap('w01-sun', '2026-01-04T11:59:59Z'),
        snap('w01-mon', '2025-12-29T00:00:00Z'),
        snap('w52-sun-last-ms', '2025-12-28T23:59:59.999Z'),
        snap('w52-mon', '2025-12-22T00:00:00Z'),
        snap('w51-sun', '2025-12-21T23:59:59.999Z')
      ],
      gfs({ keepWeekly: 2 }),
      NOW
    )
    expect(ids(plan, 'keep')).toEqual(['w01-sun', 'w52-sun-last-ms'])
    expect(byId(plan, 'w01-sun')).toEqual({
      action: 'keep',
      rule: 'keep-weekly',
      reason: 'held by keep-weekly 2026-W01'
    })
    expect(byId(plan, 'w52-sun-last-ms').reason).toBe('held by keep-weekly 2025-W52')
    expect(ids(plan, 'delete')).toEqual(['w01-mon', 'w52-mon', 'w51-sun'])
  })

  it('keep-weekly: a Monday starts a new week', () => {
    const monday = new Date('2026-01-05T00:00:00Z')
    const plan = planRetention(
      [snap('sun', '2026-01-04T23:59:59.999Z'), snap('mon', '2026-01-05T00:00:00Z')],
      gfs({ keepWeekly: 1 }),
      monday
    )
    expect(ids(plan, 'keep')).toEqual(['mon'])
    expect(byId(plan, 'mon').reason).toBe('held by keep-weekly 2026-W02')
  })

  it('keep-weekly labels 2024-12-30 as 2025-W01', () => {
    const plan = planRetention(
      [snap('s', '2024-12-30T00:00:00Z')],
      gfs({ keepWeekly: 1 }),
      new Date('2025-01-05T23:59:59.999Z')
    )
    expect(byId(plan, 's').reason).toBe('held by keep-weekly 2025-W01')
  })

  it('keep-monthly keeps the newest snapshot of each of the last N UTC calendar months', () => {
    const plan = planRetention(
      [
        snap('jan', '2026-01-01T00:00:00Z'),
        snap('dec-last-ms', '2025-12-31T23:59:59.999Z'),
        snap('dec-early', '2025-12-01T00:00:00Z'),
        snap('nov-first', '2025-11-01T00:00:00Z'),
        snap('oct-last-ms', '2025-10-31T23:59:59.999Z')
      ],
      gfs({ keepMonthly: 3 }),
      NOW
    )
    expect(ids(plan, 'keep')).toEqual(['jan', 'dec-last-ms', 'nov-first'])
    expect(byId(plan, 'nov-first')).toEqual({
      action: 'keep',
      rule: 'keep-monthly',
      reason: 'held by keep-monthly 2025-11'
    })
    expect(ids(plan, 'delete')).toEqual(['dec-early', 'oct-last-ms'])
  })

  it('lists every rule that holds a snapshot, in a fixed order', () => {
    const plan = planRetention(
      [
        snap('newest', '2026-01-04T06:00:00Z'),
        snap('saturday', '2026-01-03T06:00:00Z'),
        snap('last-year', '2025-12-28T06:00:00Z')
      ],
      policy({ retentionDays: 0, keepLast: 1, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 }),
      NOW
    )
    expect(byId(plan, 'newest')).toEqual({
      action: 'keep',
      rule: 'keep-last, keep-daily, keep-weekly, keep-monthly',
      reason: 'held by keep-last 1 of 1, keep-daily 2026-01-04, keep-weekly 2026-W01, keep-monthly 2026-01'
    })
    expect(byId(plan, 'saturday')).toEqual({
      action: 'keep',
      rule: 'keep-daily',
      reason: 'held by keep-daily 2026-01-03'
    })
    // 7 days counted back from Sunday 2026-01-04 reach Monday 2025-12-29, not 2025-12-28
    expect(byId(plan, 'last-year')).toEqual({
      action: 'keep',
      rule: 'keep-weekly, keep-monthly',
      reason: 'held by keep-weekly 2025-W52, keep-monthly 2025-12'
    })
  })

  it('applies the calendar rules per volume', () => {
    const plan = planRetention(
      [
        snap('a', '2026-01-04T06:00:00Z'),
        snap('b', '2026-01-04T05:00:00Z', { sourceId: 'vol-b' }),
        snap('a-old', '2026-01-04T04:00:00Z')
      ],
      gfs({ keepDaily: 1 }),
      NOW
    )
    expect(ids(plan, 'keep')).toEqual(['a', 'b'])
    expect(ids(plan, 'delete')).toEqual(['a-old'])
  })
})

describe('isoWeekLabel', () => {
  it.each([
    ['2026-01-04T12:00:00Z', '2026-W01'],
    ['2025-12-29T00:00:00Z', '2026-W01'],
    ['2025-12-28T23:59:59.999Z', '2025-W52'],
    ['2024-12-30T00:00:00Z', '2025-W01'],
    ['2024-12-29T23:59:59.999Z', '2024-W52'],
    ['2021-01-03T00:00:00Z', '2020-W53'],
    ['2027-01-01T00:00:00Z', '2026-W53'],
    ['2026-06-15T00:00:00Z', '2026-W25'],
    ['1969-12-29T00:00:00Z', '1970-W01']
  ])('%s is %s', (iso, label) => {
    expect(isoWeekLabel(new Date(iso))).toBe(label)
  })
})

describe('planRetention: the plan', () => {
  it('orders decisions by region, volume (no source last), newest first, id', () => {
    const plan = planRetention(
      [
        aged('n', 3, { sourceId: null }),
        aged('b-old', 9, { sourceId: 'vol-b' }),
        aged('a-x', 2),
        aged('us', 1, { region: 'us-east-1' }),
        aged('a-new', 1),
        aged('a-y', 2),
        aged('u', 5, { tags: {} })
      ],
      policy(),
      NOW
    )
    expect(plan.decisions.map((d) => d.snapshot.snapshotId)).toEqual(['a-new', 'a-x', 'a-y', 'u', 'b-old', 'n', 'us'])
  })

  it('returns the input records themselves and one decision each', () => {
    const input = [aged('a', 1), aged('b', 30), aged('c', 30, { tags: {} })]
    const plan = planRetention(input, policy(), NOW)
    expect(plan.decisions).toHaveLength(3)
    for (const s of input) expect(plan.decisions.filter((d) => d.snapshot === s)).toHaveLength(1)
    expect(plan.toDelete).toEqual([input[1]])
    expect(plan.counts).toEqual({ delete: 1, keep: 1, skip: 0, ignore: 1 })
  })

  it('is empty for no snapshots', () => {
    expect(planRetention([], policy(), NOW)).toEqual({
      decisions: [],
      toDelete: [],
      counts: { delete: 0, keep: 0, skip: 0, ignore: 0 }
    })
  })

  it('rejects invalid policies and an invalid now', () => {
    expect(() => planRetention([], policy({ retentionDays: -1 }), NOW)).toThrow(RangeError)
    expect(() => planRetention([], policy({ keepLast: 1.5 }), NOW)).toThrow('keepLast must be an integer >= 0, got 1.5')
    expect(() => planRetention([], policy({ keepDaily: Number.NaN }), NOW)).toThrow(RangeError)
    expect(() => planRetention([], policy({ keepMonthly: Number.POSITIVE_INFINITY }), NOW)).toThrow(RangeError)
    expect(() => planRetention([], policy(), new Date(Number.NaN))).toThrow(RangeError)
  })
})

describe('planRetention: snapshots this run created', () => {
  it('holds them by created-this-run whatever the policy, while they still take their keep-last slots', () => {
    const snapshots = [aged('new', 0, {}, 1000), aged('mid', 5), aged('old', 30)]
    expect(ids(planRetention(snapshots, policy({ retentionDays: 0, keepLast: 0 }), NOW), 'delete')).toEqual([
      'new',
      'mid',
      'old'
    ])
    const none = planRetention(snapshots, policy({ retentionDays: 0, keepLast: 0 }), NOW, {
      createdIds: new Set(['new'])
    })
    expect(ids(none, 'delete')).toEqual(['mid', 'old'])
    expect(byId(none, 'new')).toEqual({
      action: 'keep',
      rule: 'created-this-run',
      reason: 'held by created-this-run (this run made it)'
    })
    const one = planRetention(snapshots, policy({ retentionDays: 0, keepLast: 1 }), NOW, {
      createdIds: new Set(['new'])
    })
    expect(ids(one, 'delete')).toEqual(['mid', 'old'])
    expect(byId(one, 'new')).toEqual({
      action: 'keep',
      rule: 'created-this-run, keep-last',
      reason: 'held by created-this-run (this run made it), keep-last 1 of 1'
    })
  })

  it('counts a snapshot it created as the newest when an earlier run made one in the same second', () => {
    // EC2 reports whole seconds: two runs a moment apart give two snapshots of one volume the same start time.
    const earlier = aged('snap-b', 0, {}, 1000)
    const mine = aged('snap-z', 0, {}, 1000)
    const plan = planRetention([earlier, mine], policy({ retentionDays: 0, keepLast: 1 }), NOW, {
      createdIds: new Set(['snap-z'])
    })
    expect(ids(plan, 'delete')).toEqual(['snap-b'])
    expect(byId(plan, 'snap-z')).toEqual({
      action: 'keep',
      rule: 'created-this-run, keep-last',
      reason: 'held by created-this-run (this run made it), keep-last 1 of 1'
    })
  })
})
