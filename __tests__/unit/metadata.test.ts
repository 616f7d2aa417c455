import { describe, expect, it } from 'vitest'
import { DeleteObjectCommand, GetObjectCommand, type GetObjectCommandOutput } from '@aws-sdk/client-s3'
import {
  METADATA_SCHEMA_VERSION,
  deleteMetadata,
  documentIdentity,
  matchesKey,
  metadataDocument,
  metadataKey,
  parseMetadataKey,
  readMetadata,
  recordFacts,
  snapshotFacts,
  unknownVolume,
  volumeInfo,
  workflowFromTags,
  type WorkflowContext
} from '../../src/metadata.js'
import { WORKFLOW_TAGS } from '../../src/backup-tags.js'
import { ebsRecord } from '../../src/listers/ebs.js'
import { awsError, ebsSnapshot, mockTarget } from '../helpers/mock-target.js'

const WORKFLOW: WorkflowContext = {
  repository: 'acme/storage',
  workflow: 'nightly',
  runId: '77',
  runUrl: 'https://github.com/acme/storage/actions/runs/77',
  sha: 'abc123',
  actor: 'octocat'
}
const NOW = new Date('2026-03-01T12:00:00Z')
const START = new Date('2026-03-01T11:59:00Z')

describe('metadata keys', () => {
  it('lays keys out as <prefix><volume-id>/<snapshot-id>.json', () => {
    expect(metadataKey('snapshot-metadata/', 'vol-0abc1234', 'snap-0def5678')).toBe(
      'snapshot-metadata/vol-0abc1234/snap-0def5678.json'
    )
    expect(metadataKey('a/b/', 'vol-1', 'snap-2')).toBe('a/b/vol-1/snap-2.json')
  })

  it('parses only keys of that layout under the prefix', () => {
    expect(parseMetadataKey('m/', 'm/vol-0abc1234/snap-0def5678.json')).toEqual({
      key: 'm/vol-0abc1234/snap-0def5678.json',
      volumeId: 'vol-0abc1234',
      snapshotId: 'snap-0def5678',
      lastModified: null
    })
    for (const key of [
      'm/README.txt',
      'm/vol-0abc1234/notes.json',
      'x/vol-0abc1234/snap-0def5678.json',
      'm/vol-0abc1234/snap-0def5678.json.bak',
      'm/vol-0abc1234/sub/snap-0def5678.json',
      'm/vol-XYZ/snap-0def5678.json'
    ]) {
      expect(parseMetadataKey('m/', key), key).toBeNull()
    }
  })
})

describe('metadata document', () => {
  const volume = volumeInfo(
    {
      VolumeId: 'vol-0abc1234',
      VolumeType: 'gp3',
      Size: 100,
      AvailabilityZone: 'eu-west-1a',
      Encrypted: true,
      KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k',
      Attachments: [{ InstanceId: 'i-0123', Device: '/dev/xvdf', State: 'attached' }],
      Tags: [{ Key: 'Name', Value: 'db-data' }]
    },
    'eu-west-1'
  )
  const snapshot = {
    ...ebsSnapshot('snap-0def5678', 'vol-0abc1234', START, {
      size: 100,
      tags: { 'snapshot-hygiene:managed': 'true', 'snapshot-hygiene:expires-at': '2026-03-16T12:00:00Z' }
    }),
    Encrypted: true,
    KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k'
  }

  it('has the documented shape and schema_version 1', () => {
    const doc = metadataDocument(snapshotFacts(snapshot, '111122223333', 'eu-west-1'), volume, WORKFLOW, 'backup', NOW)
    expect(doc).toEqual({
      schema_version: 1,
      tool: 'snapshot-hygiene',
      written_at: '2026-03-01T12:00:00.000Z',
      written_by: 'backup',
      snapshot: {
        id: 'snap-0def5678',
        volume_id: 'vol-0abc1234',
        region: 'eu-west-1',
        account_id: '111122223333',
        start_time: '2026-03-01T11:59:00.000Z',
        state: 'completed',
        progress: '100%',
        volume_size_gib: 100,
        encrypted: true,
        kms_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/k',
        description: 'backup of vol-0abc1234',
        storage_tier: 'standard',
        expires_at: '2026-03-16T12:00:00Z',
        tags: { 'snapshot-hygiene:managed': 'true', 'snapshot-hygiene:expires-at': '2026-03-16T12:00:00Z' }
      },
      volume: {
        id: 'vol-0abc1234',
        region: 'eu-west-1',
        type: 'gp3',
        size_gib: 100,
        availability_zone: 'eu-west-1a',
        attached_instance_id: 'i-0123',
        attachments: [{ instance_id: 'i-0123', device: '/dev/xvdf', state: 'attached' }],
        name: 'db-data',
        encrypted: true,
        kms_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/k'
      },
      workflow: {
        repository: 'acme/storage',
        workflow: 'nightly',
        run_id: '77',
        run_url: 'https://github.com/acme/storage/actions/runs/77',
        sha: 'abc123',
        actor: 'octocat'
      }
    })
    expect(METADATA_SCHEMA_VERSION).toBe(1)
  })

  it('records a repair from a listed record, with the workflow read back from the tags and an unknown volume', () => {
    const tags = {
      'snapshot-hygiene:managed': 'true',
      [WORKFLOW_TAGS.repository]: 'acme/storage',
      [WORKFLOW_TAGS.runId]: '12'
    }
    const record = ebsRecord(ebsSnapshot('snap-1', 'vol-0abc1234', START, { tags }), '111122223333', 'eu-west-1')
    const doc = metadataDocument(
      recordFacts(record, { description: 'd', progress: null }),
      unknownVolume('vol-0abc1234', 'eu-west-1'),
      workflowFromTags(record.tags),
      'repair',
      NOW
    )
    expect(doc.written_by).toBe('repair')
    expect(doc.snapshot).toMatchObject({
      id: 'snap-1',
      volume_id: 'vol-0abc1234',
      description: 'd',
      progress: null,
      expires_at: null
    })
    expect(doc.volume).toEqual({
      id: 'vol-0abc1234',
      region: 'eu-west-1',
      type: null,
      size_gib: null,
      availability_zone: null,
      attached_instance_id: null,
      attachments: [],
      name: null,
      encrypted: null,
      kms_key_id: null
    })
    expect(doc.workflow).toEqual({
      repository: 'acme/storage',
      workflow: '',
      run_id: '12',
      run_url: '',
      sha: '',
      actor: ''
    })
  })
})

describe('reading a metadata object back', () => {
  function body(text: string): NonNullable<GetObjectCommandOutput['Body']> {
    return { transformToString: () => Promise.resolve(text) } as unknown as NonNullable<GetObjectCommandOutput['Body']>
  }
  /** A document exactly as backup writes it. */
  function written(over: { account?: string; region?: string } = {}): Record<string, unknown> {
    const snap = ebsSnapshot('snap-0def5678', 'vol-0abc1234', START, { owner: over.account ?? '111122223333' })
    const doc = metadataDocument(
      snapshotFacts(snap, over.account ?? '111122223333', over.region ?? 'eu-west-1'),
      unknownVolume('vol-0abc1234', over.region ?? 'eu-west-1'),
      WORKFLOW,
      'backup',
      NOW
    )
    return JSON.parse(JSON.stringify(doc)) as Record<string, unknown>
  }
  const identity = {
    snapshotId: 'snap-0def5678',
    volumeId: 'vol-0abc1234',
    accountId: '111122223333',
    region: 'eu-west-1'
  }

  it('reads the snapshot, volume, account and region a document written by backup records', async () => {
    const m = mockTarget('111122223333', [])
    m.s3.on(GetObjectCommand).resolves({ Body: body(JSON.stringify(written())) })
    expect(await readMetadata(m.target.clients.s3('us-east-1'), 'b', 'k')).toEqual({ kind: 'document', identity })
    expect(documentIdentity(JSON.stringify(written()))).toEqual(identity)
  })

  it('is the document its key names only when snapshot and volume match', () => {
    expect(matchesKey(identity, { volumeId: 'vol-0abc1234', snapshotId: 'snap-0def5678' })).toBe(true)
    expect(matchesKey(identity, { volumeId: 'vol-0abc1234', snapshotId: 'snap-0000ffff' })).toBe(false)
    expect(matchesKey(identity, { volumeId: 'vol-0fff0000', snapshotId: 'snap-0def5678' })).toBe(false)
  })

  it('answers foreign for anything that is not such a document, so that the object is left alone', async () => {
    const edit = (f: (d: Record<string, unknown>, snap: Record<string, unknown>) => void): string => {
      const d = written()
      f(d, d.snapshot as Record<string, unknown>)
      return JSON.stringify(d)
    }
    for (const text of [
      'not json',
      '{}',
      'null',
      '[1]',
      edit((d) => (d.schema_version = 2)),
      edit((d) => (d.tool = 'other')),
      edit((d) => delete d.written_by),
      edit((d) => (d.snapshot = 'snap-0def5678')),
      edit((_, s) => (s.region = '../x')),
      edit((_, s) => (s.account_id = '1')),
      edit((_, s) => delete s.id),
      edit((_, s) => (s.id = 'ami-0def5678')),
      edit((_, s) => delete s.volume_id),
      edit((_, s) => (s.volume_id = 7))
    ]) {
      const m = mockTarget('111122223333', [])
      m.s3.on(GetObjectCommand).resolves({ Body: body(text) })
      expect(await readMetadata(m.target.clients.s3('us-east-1'), 'b', 'k'), text).toEqual({ kind: 'foreign' })
    }
  })

  it('answers gone for NoSuchKey or a 404, and throws other errors with the key', async () => {
    for (const err of [
      awsError('NoSuchKey', 'The specified key does not exist.'),
      Object.assign(new Error('UnknownError'), { name: 'NotFound', $metadata: { httpStatusCode: 404 } }),
      Object.assign(new Error('UnknownError'), { name: 'Unknown', $metadata: { httpStatusCode: 404 } })
    ]) {
      const m = mockTarget('111122223333', [])
      m.s3.on(GetObjectCommand).rejects(err)
      expect(await readMetadata(m.target.clients.s3('us-east-1'), 'b', 'k')).toEqual({ kind: 'gone' })
    }
    const m = mockTarget('111122223333', [])
    m.s3.on(GetObjectCommand).rejects(awsError('AccessDenied', 'Access Denied'))
    await expect(readMetadata(m.target.clients.s3('us-east-1'), 'b', 'k')).rejects.toThrow(
      'Could not read s3://b/k: AccessDenied: Access Denied'
    )
  })

  it('counts a delete of an object already gone as done', async () => {
    const m = mockTarget('111122223333', [])
    m.s3.on(DeleteObjectCommand).rejects(awsError('NoSuchKey', 'The specified key does not exist.'))
    await expect(deleteMetadata(m.target.clients.s3('us-east-1'), 'b', 'k')).resolves.toBeUndefined()
    m.s3.on(DeleteObjectCommand).rejects(awsError('AccessDenied', 'Access Denied'))
    await expect(deleteMetadata(m.target.clients.s3('us-east-1'), 'b', 'k')).rejects.toThrow(
      'Could not delete s3://b/k: AccessDenied: Access Denied'
    )
  })
})
