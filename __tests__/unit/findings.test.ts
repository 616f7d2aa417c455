import { describe, expect, it } from 'vitest'
import {
  compareFindings,
  duration,
  expiredFinding,
  failsStep,
  grantFindings,
  isSilenced,
  malformedTagFinding,
  oldFinding,
  orphanFinding,
  recordFindings,
  staleBackupFinding,
  unencryptedFinding,
  type Finding
} from '../../src/findings.js'
import { FAIL_ON, RULE_IDS, RULE_SEVERITY } from '../../src/rules.js'
import type { SnapshotRecord } from '../../src/types.js'
import { DAY_MS, HOUR_MS } from '../../src/clock.js'

const NOW = new Date('2026-06-15T12:00:00Z')

function snap(over: Partial<SnapshotRecord> = {}): SnapshotRecord {
  return {
    accountId: '123456789012',
    region: 'eu-west-1',
    service: 'ebs',
    snapshotId: 'snap-1',
    arn: null,
    snapshotType: 'manual',
    sourceId: 'vol-1',
    state: 'completed',
    createdAt: new Date(NOW.getTime() - DAY_MS),
    sizeGib: 8,
    encrypted: true,
    kmsKeyId: null,
    storageTier: 'standard',
    tags: {},
    ...over
  }
}

describe('rule severities', () => {
  it('public, stale and unblocked sharing are errors, shared/unencrypted/expired/partly blocked/encryption off warnings, orphaned/malformed-tag/old notices', () => {
    expect(RULE_SEVERITY).toEqual({
      'public-snapshot': 'error',
      'shared-snapshot': 'warning',
      'unencrypted-snapshot': 'warning',
      'orphaned-snapshot': 'notice',
      'expired-snapshot': 'warning',
      'malformed-tag': 'notice',
      'old-snapshot': 'notice',
      'stale-backup': 'error',
      'public-sharing-not-blocked': 'error',
      'public-sharing-partly-blocked': 'warning',
      'encryption-by-default-off': 'warning',
      'missing-dr-copy': 'warning',
      'archive-candidate': 'notice'
    })
    expect(Object.keys(RULE_SEVERITY).sort()).toEqual([...RULE_IDS].sort())
  })
})

describe('unencrypted-snapshot', () => {
  it('flags an unencrypted snapshot of each service with that service fix, and not an encrypted one', () => {
    expect(unencryptedFinding(snap())).toBeNull()
    const f = unencryptedFinding(snap({ encrypted: false }))
    expect(f).toEqual({
      rule: 'unencrypted-snapshot',
      severity: 'warning',
      accountId: '123456789012',
      region: 'eu-west-1',
      service: 'ebs',
      resourceId: 'snap-1',
      message:
        'EBS snapshot snap-1 is not encrypted; copy it with encryption (aws ec2 copy-snapshot --encrypted --kms-key-id KEY), delete the original and turn on EBS encryption by default.'
    })
    expect(unencryptedFinding(snap({ service: 'rds', snapshotId: 'db-snap', encrypted: false }))?.message).toContain(
      'aws rds copy-db-snapshot'
    )
    expect(
      unencryptedFinding(snap({ service: 'rds-cluster', snapshotId: 'c-snap', encrypted: false }))?.message
    ).toContain('copy-db-cluster-snapshot')
    expect(unencryptedFinding(snap({ service: 'efs', snapshotId: 'rp-1', encrypted: false }))?.message).toMatch(
      /^EFS recovery point rp-1 is not encrypted/
    )
  })
})

describe('old-snapshot', () => {
  it('is strictly older than max-age-days: exactly 365 days is not old, one millisecond more is', () => {
    const at = (ms: number) => snap({ createdAt: new Date(NOW.getTime() - ms) })
    expect(oldFinding(at(365 * DAY_MS), NOW, 365)).toBeNull()
    const f = oldFinding(at(365 * DAY_MS + 1), NOW, 365)
    expect(f?.rule).toBe('old-snapshot')
    expect(f?.severity).toBe('notice')
    expect(f?.message).toBe(
      'EBS snapshot snap-1 is 365 days old, older than max-age-days (365); delete it if nothing needs it, or tag it snapshot-hygiene:ignore=old-snapshot to keep it.'
    )
    expect(oldFinding(at(30 * DAY_MS + 1), NOW, 30)?.message).toContain('is 30 days old, older than max-age-days (30)')
    expect(oldFinding(at(0), NOW, 1)).toBeNull()
    expect(oldFinding(snap({ createdAt: new Date(NOW.getTime() + DAY_MS) }), NOW, 1)).toBeNull()
  })
})

describe('expired-snapshot', () => {
  const managed = (expires: string | undefined, managedTag = 'true') =>
    snap({
      tags: {
        'snapshot-hygiene:managed': managedTag,
        ...(expires === undefined ? {} : { 'snapshot-hygiene:expires-at': expires })
      }
    })

  it('flags a managed snapshot whose expires-at is in the past, not at or after now', () => {
    expect(expiredFinding(managed(NOW.toISOString()), NOW)).toBeNull()
    expect(expiredFinding(managed('2026-06-15T12:00:01Z'), NOW)).toBeNull()
    const f = expiredFinding(managed('2026-06-15T11:59:59Z'), NOW)
    expect(f?.rule).toBe('expired-snapshot')
    expect(f?.severity).toBe('warning')
    expect(f?.message).toBe(
      'Managed EBS snapshot snap-1 expired at 2026-06-15T11:59:59.000Z (0 hours ago), so prune is not running for it; schedule mode prune (or backup-and-prune) for its volume.'
    )
    expect(expiredFinding(managed('2026-06-01T00:00:00Z'), NOW)?.message).toContain('(14 days ago)')
  })

  it('ignores snapshots that are not managed, have no expires-at, or one that is not a date', () => {
    expect(expiredFinding(managed('2020-01-01T00:00:00Z', 'false'), NOW)).toBeNull()
    expect(expiredFinding(snap({ tags: { 'snapshot-hygiene:expires-at': '2020-01-01T00:00:00Z' } }), NOW)).toBeNull()
    expect(expiredFinding(managed(undefined), NOW)).toBeNull()
    expect(expiredFinding(managed('next tuesday'), NOW)).toBeNull()
    expect(expiredFinding(managed(''), NOW)).toBeNull()
  })

  it('reads only strict ISO 8601 UTC timestamps as dates: loose values are malformed-tag notices, never expired', () => {
    for (const loose of [
      '1',
      'snapshot 7',
      '2026-02-30T00:00:00Z',
      '2020-01-01',
      '2020-01-01T00:00:00',
      '2020-01-01T00:00:00+00:00',
      '2020-01-01 00:00:00Z',
      'Wed, 01 Jan 2020 00:00:00 GMT',
      '2020-13-01T00:00:00Z',
      '2020-01-01T24:00:00Z'
    ]) {
      const r = managed(loose)
      expect(expiredFinding(r, NOW), loose).toBeNull()
      expect(
        recordFindings(r, { now: NOW, maxAgeDays: 365 }).map((f) => [f.rule, f.severity]),
        loose
      ).toEqual([['malformed-tag', 'notice']])
    }
    expect(malformedTagFinding(managed('snapshot 7'))?.message).toBe(
      'Managed EBS snapshot snap-1 has snapshot-hygiene:expires-at "snapshot 7", which is not an ISO 8601 UTC timestamp (like 2026-03-16T06:00:00Z), so its expiry is unknown; correct the tag or remove it.'
    )
    expect(malformedTagFinding(managed(`x\n${'y'.repeat(100)}`))?.message).toContain(`"x\\n${'y'.repeat(62)}..."`)
    expect(malformedTagFinding(managed('snapshot 7', 'false'))).toBeNull()
    expect(malformedTagFinding(managed('2020-01-01T00:00:00Z'))).toBeNull()
    expect(malformedTagFinding(managed(undefined))).toBeNull()
    expect(
      recordFindings(managed('2020-01-01T00:00:00.000Z'), { now: NOW, maxAgeDays: 36500 }).map((f) => f.rule)
    ).toEqual(['expired-snapshot'])
  })
})

describe('orphaned-snapshot', () => {
  const index = { sources: new Set(['vol-live']), amiSnapshots: new Set(['snap-ami']) }

  it('flags a snapshot whose source volume is gone and that no AMI uses', () => {
    const f = orphanFinding(snap({ sourceId: 'vol-gone' }), index)
    expect(f).toMatchObject({ rule: 'orphaned-snapshot', severity: 'notice', resourceId: 'snap-1' })
    expect(f?.message).toBe(
      'EBS snapshot snap-1 was taken of volume vol-gone, which no longer exists and no AMI uses it; delete it if nothing needs it, or tag it snapshot-hygiene:ignore=orphaned-snapshot to keep it.'
    )
  })

  it('spares snapshots of live volumes, snapshots an AMI uses, and copies (no known source)', () => {
    expect(orphanFinding(snap({ sourceId: 'vol-live' }), index)).toBeNull()
    expect(orphanFinding(snap({ snapshotId: 'snap-ami', sourceId: 'vol-gone' }), index)).toBeNull()
    expect(orphanFinding(snap({ sourceId: null }), index)).toBeNull()
  })

  it('names the DB instance, DB cluster or file system for the other services', () => {
    const rds = orphanFinding(snap({ service: 'rds', snapshotId: 'orders-final', sourceId: 'orders' }), {
      sources: new Set()
    })
    expect(rds?.message).toBe(
      'DB snapshot orders-final was taken of DB instance orders, which no longer exists; delete it if nothing needs it, or tag it snapshot-hygiene:ignore=orphaned-snapshot to keep it.'
    )
    expect(
      orphanFinding(snap({ service: 'rds-cluster', sourceId: 'catalog' }), { sources: new Set() })?.message
    ).toContain('DB cluster catalog')
    expect(orphanFinding(snap({ service: 'efs', sourceId: 'fs-1' }), { sources: new Set(['fs-1']) })).toBeNull()
    expect(
      orphanFinding(snap({ service: 'efs', sourceId: 'fs-2' }), { sources: new Set(['fs-1']) })?.message
    ).toContain('file system fs-2')
  })
})

describe('public-snapshot and shared-snapshot', () => {
  it('flags a public EBS snapshot with the command that makes it private', () => {
    expect(grantFindings(snap(), { public: true, accounts: [] }, [])).toEqual([
      {
        rule: 'public-snapshot',
        severity: 'error',
        accountId: '123456789012',
        region: 'eu-west-1',
        service: 'ebs',
        resourceId: 'snap-1',
        message:
          'EBS snapshot snap-1 can be restored by any AWS account; make it private (aws ec2 modify-snapshot-attribute --snapshot-id snap-1 --attribute createVolumePermission --operation-type remove --group-names all).'
      }
    ])
  })

  it('flags the accounts allowed-accounts does not list, sorted, and not the owner itself', () => {
    const fs = grantFindings(
      snap(),
      { public: false, accounts: ['999999999999', '111111111111', '222222222222', '123456789012'] },
      ['222222222222']
    )
    expect(fs).toHaveLength(1)
    expect(fs[0]?.rule).toBe('shared-snapshot')
    expect(fs[0]?.severity).toBe('warning')
    expect(fs[0]?.message).toBe(
      'EBS snapshot snap-1 is shared with accounts 111111111111, 999999999999, which allowed-accounts does not list; stop sharing (aws ec2 modify-snapshot-attribute --snapshot-id snap-1 --attribute createVolumePermission --operation-type remove --user-ids 111111111111 999999999999) or add them to allowed-accounts.'
    )
    expect(grantFindings(snap(), { public: false, accounts: ['222222222222'] }, ['222222222222'])).toEqual([])
    expect(grantFindings(snap(), { public: false, accounts: [] }, [])).toEqual([])
  })

  it('gives both findings for a snapshot that is public and shared, with the RDS and Aurora commands', () => {
    const rds = grantFindings(
      snap({ service: 'rds', snapshotId: 'orders' }),
      { public: true, accounts: ['111111111111'] },
      []
    )
    expect(rds.map((f) => f.rule)).toEqual(['public-snapshot', 'shared-snapshot'])
    expect(rds[0]?.message).toContain(
      'aws rds modify-db-snapshot-attribute --db-snapshot-identifier orders --attribute-name restore --values-to-remove all'
    )
    expect(rds[1]?.message).toContain('shared with account 111111111111, which allowed-accounts does not list')
    expect(rds[1]?.message).toContain('--values-to-remove 111111111111) or add it to allowed-accounts.')
    const aurora = grantFindings(
      snap({ service: 'rds-cluster', snapshotId: 'cat' }),
      { public: true, accounts: [] },
      []
    )
    expect(aurora[0]?.message).toContain(
      'aws rds modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier cat'
    )
  })
})

describe('stale-backup', () => {
  const vol = (newest: Date | null, exists: boolean | null) => ({
    accountId: '123456789012',
    region: 'eu-west-1',
    volumeId: 'vol-0abc',
    newest,
    exists
  })

  it('is fresh up to max-backup-age-hours inclusive, stale one millisecond later', () => {
    expect(staleBackupFinding(vol(new Date(NOW.getTime() - 26 * HOUR_MS), true), NOW, 26)).toBeNull()
    const f = staleBackupFinding(vol(new Date(NOW.getTime() - 26 * HOUR_MS - 1), true), NOW, 26)
    expect(f).toEqual({
      rule: 'stale-backup',
      severity: 'error',
      accountId: '123456789012',
      region: 'eu-west-1',
      service: 'ebs',
      resourceId: 'vol-0abc',
      message:
        'Volume vol-0abc in eu-west-1 was last backed up 26 hours ago (2026-06-14T09:59:59.999Z), longer than max-backup-age-hours (26); check that its scheduled backup runs.'
    })
  })

  it('flags a volume with no snapshot, and says so when the volume no longer exists or could not be read', () => {
    expect(staleBackupFinding(vol(null, true), NOW, 26)?.message).toBe(
      'Volume vol-0abc in eu-west-1 has no completed snapshot; back it up (mode backup) on a schedule more often than every 26 hours.'
    )
    expect(staleBackupFinding(vol(null, false), NOW, 26)?.message).toBe(
      'Volume vol-0abc in eu-west-1 no longer exists and has no completed snapshot; remove it from the volume input.'
    )
    expect(staleBackupFinding(vol(new Date(NOW.getTime() - 3 * DAY_MS), false), NOW, 26)?.message).toBe(
      'Volume vol-0abc in eu-west-1 no longer exists and was last backed up 3 days ago (2026-06-12T12:00:00.000Z); remove it from the volume input.'
    )
    expect(staleBackupFinding(vol(null, null), NOW, 26)?.message).toBe(
      'Volume vol-0abc in eu-west-1 has no completed snapshot; back it up (mode backup) on a schedule more often than every 26 hours (whether the volume still exists could not be read).'
    )
    expect(staleBackupFinding(vol(new Date(NOW.getTime() - HOUR_MS), false), NOW, 26)).toBeNull()
  })
})

describe('record rules together', () => {
  it('gives unencrypted, expired and old for one snapshot that breaks all three, in that order', () => {
    const r = snap({
      encrypted: false,
      createdAt: new Date(NOW.getTime() - 400 * DAY_MS),
      tags: { 'snapshot-hygiene:managed': 'true', 'snapshot-hygiene:expires-at': '2025-07-01T00:00:00Z' }
    })
    expect(recordFindings(r, { now: NOW, maxAgeDays: 365 }).map((f) => f.rule)).toEqual([
      'unencrypted-snapshot',
      'expired-snapshot',
      'old-snapshot'
    ])
    expect(recordFindings(snap(), { now: NOW, maxAgeDays: 365 })).toEqual([])
  })
})

describe('silencing', () => {
  it('silences by ignore-rules, by the ignore tag naming the rule (comma-separated, any spacing), or by all', () => {
    expect(isSilenced('old-snapshot', null, ['old-snapshot'])).toBe(true)
    expect(isSilenced('old-snapshot', {}, [])).toBe(false)
    expect(isSilenced('old-snapshot', { 'snapshot-hygiene:ignore': 'orphaned-snapshot, old-snapshot' }, [])).toBe(true)
    expect(isSilenced('public-snapshot', { 'snapshot-hygiene:ignore': 'orphaned-snapshot,old-snapshot' }, [])).toBe(
      false
    )
    expect(isSilenced('public-snapshot', { 'snapshot-hygiene:ignore': 'all' }, [])).toBe(true)
    expect(isSilenced('public-snapshot', { 'snapshot-hygiene:ignore': '' }, [])).toBe(false)
    expect(isSilenced('stale-backup', null, ['public-snapshot'])).toBe(false)
  })
})

describe('fail-on', () => {
  it('fails at or above the threshold and never under never', () => {
    const table = FAIL_ON.map((failOn) => [
      failOn,
      (['error', 'warning', 'notice'] as const).filter((s) => failsStep(s, failOn))
    ])
    expect(table).toEqual([
      ['error', ['error']],
      ['warning', ['error', 'warning']],
      ['notice', ['error', 'warning', 'notice']],
      ['never', []]
    ])
  })
})

describe('ordering and wording helpers', () => {
  it('orders findings by severity, then rule order, account, region and resource', () => {
    const f = (rule: Finding['rule'], resourceId: string, region = 'eu-west-1'): Finding => ({
      rule,
      severity: RULE_SEVERITY[rule],
      accountId: '1',
      region,
      service: 'ebs',
      resourceId,
      message: ''
    })
    const sorted = [
      f('old-snapshot', 'a'),
      f('stale-backup', 'v'),
      f('shared-snapshot', 'b'),
      f('public-snapshot', 'z', 'us-east-1'),
      f('public-snapshot', 'y')
    ].sort(compareFindings)
    expect(sorted.map((x) => `${x.rule}/${x.resourceId}`)).toEqual([
      'public-snapshot/y',
      'public-snapshot/z',
      'stale-backup/v',
      'shared-snapshot/b',
      'old-snapshot/a'
    ])
  })

  it('words durations in hours under two days and in days beyond', () => {
    expect([
      duration(0),
      duration(HOUR_MS),
      duration(47 * HOUR_MS + 59 * 60_000),
      duration(2 * DAY_MS),
      duration(400 * DAY_MS)
    ]).toEqual(['0 hours', '1 hour', '47 hours', '2 days', '400 days'])
  })
})
