import { describe, expect, it } from 'vitest'
import { ebsRecord } from '../../src/listers/ebs.js'
import {
  metadataKey,
  parseMetadataKey,
  recordFacts,
  s3Error,
  snapshotFacts,
  volumeInfo,
  workflowFromTags,
  type WorkflowContext
} from '../../src/metadata.js'
import { backupTags } from '../../src/backup-tags.js'
import { awsError, ebsSnapshot } from '../helpers/mock-target.js'

const PREFIX = 'snapshot-metadata/'
const VOLUME = 'vol-0abc1234'
const SNAPSHOT = 'snap-0def5678'
const NOW = new Date('2026-03-01T12:00:00Z')
const START = new Date('2026-03-01T11:59:00Z')
const WORKFLOW: WorkflowContext = {
  repository: 'acme/storage',
  workflow: 'nightly',
  runId: '77',
  runUrl: 'https://github.com/acme/storage/actions/runs/77',
  sha: 'abc123',
  actor: 'octocat'
}

describe('parseMetadataKey', () => {
  it('parses no key whose volume folder is not directly under the prefix', () => {
    for (const key of [
      metadataKey(`${PREFIX}old/`, VOLUME, SNAPSHOT),
      metadataKey(`${PREFIX}x`, VOLUME, SNAPSHOT),
      metadataKey(`${PREFIX}a-`, VOLUME, SNAPSHOT)
    ]) {
      expect(parseMetadataKey(PREFIX, key), key).toBeNull()
    }
  })

  it('carries the listed modification time through', () => {
    const modified = new Date('2026-02-01T00:00:00Z')
    expect(parseMetadataKey(PREFIX, metadataKey(PREFIX, VOLUME, SNAPSHOT), modified)).toEqual({
      key: 'snapshot-metadata/vol-0abc1234/snap-0def5678.json',
      volumeId: VOLUME,
      snapshotId: SNAPSHOT,
      lastModified: modified
    })
  })
})

describe('metadata facts', () => {
  it('reads every workflow field back from the tags the backup sets', () => {
    const tags = backupTags({ tags: {}, retentionDays: 15 }, { name: null }, WORKFLOW, NOW)
    expect(workflowFromTags(tags)).toEqual(WORKFLOW)
  })

  it('records only attachments to an instance', () => {
    const info = volumeInfo(
      {
        VolumeId: VOLUME,
        Attachments: [
          { InstanceId: 'i-0123', Device: '/dev/xvdf', State: 'attached' },
          { Device: '/dev/xvdg', State: 'detached' }
        ]
      },
      'eu-west-1'
    )
    expect(info.attachments).toEqual([{ instanceId: 'i-0123', device: '/dev/xvdf', state: 'attached' }])
  })

  it("takes the owner and storage tier from the snapshot, and the caller's account and standard when it has none", () => {
    const owned = {
      ...ebsSnapshot(SNAPSHOT, VOLUME, START, { owner: '444455556666' }),
      StorageTier: 'archive' as const
    }
    expect(snapshotFacts(owned, '111122223333', 'eu-west-1')).toEqual({
      snapshotId: SNAPSHOT,
      volumeId: VOLUME,
      region: 'eu-west-1',
      accountId: '444455556666',
      startTime: START,
      state: 'completed',
      progress: '100%',
      volumeSizeGib: 8,
      encrypted: false,
      kmsKeyId: null,
      description: 'backup of vol-0abc1234',
      storageTier: 'archive',
      tags: { 'snapshot-hygiene:managed': 'true' }
    })
    const facts = snapshotFacts({ ...owned, OwnerId: undefined, StorageTier: undefined }, '111122223333', 'eu-west-1')
    expect([facts.accountId, facts.storageTier]).toEqual(['111122223333', 'standard'])
  })

  it('fills the documented defaults for fields DescribeSnapshots and DescribeVolumes leave out', () => {
    expect(snapshotFacts({}, '111122223333', 'eu-west-1')).toEqual({
      snapshotId: '',
      volumeId: '',
      region: 'eu-west-1',
      accountId: '111122223333',
      startTime: new Date(0),
      state: 'unknown',
      progress: null,
      volumeSizeGib: 0,
      encrypted: false,
      kmsKeyId: null,
      description: null,
      storageTier: 'standard',
      tags: {}
    })
    expect(volumeInfo({}, 'eu-west-1')).toEqual({
      volumeId: '',
      region: 'eu-west-1',
      volumeType: null,
      sizeGib: null,
      availabilityZone: null,
      attachments: [],
      name: null,
      encrypted: null,
      kmsKeyId: null,
      tags: {}
    })
  })

  it("copies a listed record's tags, and records no volume for a copy", () => {
    const tags = { 'snapshot-hygiene:managed': 'true', team: 'storage' }
    const record = ebsRecord(ebsSnapshot(SNAPSHOT, VOLUME, START, { tags }), '111122223333', 'eu-west-1')
    const facts = recordFacts(record, { description: null, progress: null })
    expect(facts.tags).toEqual({ 'snapshot-hygiene:managed': 'true', team: 'storage' })
    expect(facts.tags).not.toBe(record.tags)
    const copy = ebsRecord(ebsSnapshot(SNAPSHOT, 'vol-ffffffff', START, { tags }), '111122223333', 'eu-west-1')
    expect(recordFacts(copy, { description: null, progress: null }).volumeId).toBe('')
  })
})

describe('s3Error', () => {
  it('names the fix for a bucket in another region or a missing bucket, and keeps the cause', () => {
    const cases: [string, string][] = [
      ['PermanentRedirect', " (the bucket meta is in another region: set aws-region to the bucket's region)"],
      [
        'AuthorizationHeaderMalformed',
        " (the bucket meta is in another region: set aws-region to the bucket's region)"
      ],
      [
        'IllegalLocationConstraintException',
        " (the bucket meta is in another region: set aws-region to the bucket's region)"
      ],
      ['NoSuchBucket', ' (bucket meta does not exist)'],
      ['AccessDenied', '']
    ]
    for (const [code, hint] of cases) {
      const cause = awsError(code, 'refused')
      const err = s3Error('Could not write s3://meta/k', 'meta', cause)
      expect(err.message, code).toBe(`Could not write s3://meta/k: ${code}: refused${hint}`)
      expect(err.cause, code).toBe(cause)
    }
  })
})
