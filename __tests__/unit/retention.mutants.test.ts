import { describe, expect, it } from 'vitest'
import { ebsRecord } from '../../src/listers/ebs.js'
import { DAY_MS, planRetention, type RetentionPolicy } from '../../src/retention.js'
import type { SnapshotRecord } from '../../src/types.js'
import { ebsSnapshot } from '../helpers/mock-target.js'

const ACCOUNT = '111122223333'
const REGION = 'eu-west-1'
const VOLUME = 'vol-0aaaaaaaaaaaaaaaa'
const NOW = new Date('2026-01-04T12:00:00Z')

/** A managed snapshot of VOLUME as the EBS lister records it. */
function listed(id: string, createdAt: Date): SnapshotRecord {
  return ebsRecord(ebsSnapshot(id, VOLUME, createdAt, { owner: ACCOUNT }), ACCOUNT, REGION)
}

const POLICY: RetentionPolicy = {
  retentionDays: 15,
  keepLast: 1,
  keepDaily: 0,
  keepWeekly: 0,
  keepMonthly: 0,
  pruneTags: {}
}

describe('planRetention: an invalid clock and invalid creation dates', () => {
  it('names the invalid clock in its error', () => {
    expect(() => planRetention([], POLICY, new Date(Number.NaN))).toThrow(/^now must be a valid date$/)
  })

  it('orders a snapshot with an invalid creation date after the dated ones of its volume, whatever its id', () => {
    const plan = planRetention(
      [
        listed('snap-0a', new Date(Number.NaN)),
        listed('snap-0b', new Date(NOW.getTime() - 40 * DAY_MS)),
        listed('snap-0c', new Date(NOW.getTime() - DAY_MS)),
        listed('snap-00', new Date(Number.NaN))
      ],
      POLICY,
      NOW
    )
    expect(plan.decisions.map((d) => [d.snapshot.snapshotId, d.action, d.rule])).toEqual([
      ['snap-0c', 'keep', 'keep-last'],
      ['snap-0b', 'delete', 'retention'],
      ['snap-00', 'keep', 'invalid-created-at'],
      ['snap-0a', 'keep', 'invalid-created-at']
    ])
    expect(plan.toDelete.map((s) => s.snapshotId)).toEqual(['snap-0b'])
  })
})
