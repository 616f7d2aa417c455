import { describe, expect, it } from 'vitest'
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'
import { recordCopies } from '../../src/copy-metadata.js'
import { metadataDocument, metadataKey, snapshotFacts, unknownVolume } from '../../src/metadata.js'
import { awsError, mockTarget } from '../helpers/mock-target.js'

const VOL = 'vol-0123456789abcdef0'
const SNAP = 'snap-0123456789abcdef0'
const KEY = metadataKey('snapshot-metadata/', VOL, SNAP)
const WORKFLOW = { repository: 'acme/app', workflow: 'backup', runId: '9', runUrl: '', sha: '', actor: '' }

/** A document as backup writes it, with the copies it recorded then. */
function written(copies: unknown): string {
  const doc = metadataDocument(
    snapshotFacts(
      { SnapshotId: SNAP, VolumeId: VOL, State: 'completed', StartTime: new Date('2026-03-01T06:00:00Z') },
      '111122223333',
      'us-east-1'
    ),
    unknownVolume(VOL, 'us-east-1'),
    WORKFLOW,
    'backup',
    new Date('2026-03-01T06:00:05Z')
  )
  return JSON.stringify({ ...doc, copies }, null, 2) + '\n'
}

function bucketWith(objects: Record<string, string>) {
  const m = mockTarget('111122223333', ['us-east-1'])
  const store = new Map(Object.entries(objects))
  m.s3.on(GetObjectCommand).callsFake((input: { Key: string }) => {
    const text = store.get(input.Key)
    if (text === undefined) throw awsError('NoSuchKey')
    return { Body: { transformToString: () => Promise.resolve(text) } }
  })
  m.s3.on(PutObjectCommand).callsFake((input: { Key: string; Body: string }) => {
    store.set(input.Key, input.Body)
    return {}
  })
  return { s3: m.s3, client: m.target.clients.s3('us-east-1'), store }
}

const copy = { region: 'eu-west-1', snapshotId: 'snap-0c0c0c0c0c0c0c0c0', state: 'completed' }
const expected = { volumeId: VOL, snapshotId: SNAP }

describe('recording catch-up copies in an earlier metadata document', () => {
  it("replaces the region's entry, keeps the other regions', and writes nothing the second time", async () => {
    const b = bucketWith({
      [KEY]: written([
        { region: 'eu-west-1', snapshot_id: null, state: 'failed', message: 'the KMS key is not usable' },
        { region: 'us-west-2', snapshot_id: 'snap-0d0d0d0d0d0d0d0d0', state: 'completed' }
      ])
    })
    expect(await recordCopies(b.client, 'meta', KEY, expected, [copy])).toBe('updated')
    expect(b.store.get(KEY)).toBe(
      written([
        { region: 'eu-west-1', snapshot_id: 'snap-0c0c0c0c0c0c0c0c0', state: 'completed' },
        { region: 'us-west-2', snapshot_id: 'snap-0d0d0d0d0d0d0d0d0', state: 'completed' }
      ])
    )
    expect(await recordCopies(b.client, 'meta', KEY, expected, [copy])).toBe('unchanged')
    expect(b.s3.commandCalls(PutObjectCommand)).toHaveLength(1)
  })

  it('leaves alone a document it did not write, one of another snapshot, and a missing one', async () => {
    const foreign = JSON.stringify({ schema_version: 1, tool: 'other-tool', snapshot: { id: SNAP } })
    const b = bucketWith({
      [KEY]: foreign,
      [metadataKey('snapshot-metadata/', VOL, 'snap-0eeeeeeeeeeeeeee0')]: written([])
    })
    expect(await recordCopies(b.client, 'meta', KEY, expected, [copy])).toBe('foreign')
    const other = metadataKey('snapshot-metadata/', VOL, 'snap-0eeeeeeeeeeeeeee0')
    expect(
      await recordCopies(b.client, 'meta', other, { volumeId: VOL, snapshotId: 'snap-0eeeeeeeeeeeeeee0' }, [copy])
    ).toBe('foreign')
    const gone = metadataKey('snapshot-metadata/', VOL, 'snap-0fffffffffffffff0')
    expect(
      await recordCopies(b.client, 'meta', gone, { volumeId: VOL, snapshotId: 'snap-0fffffffffffffff0' }, [copy])
    ).toBe('gone')
    expect(b.s3.commandCalls(PutObjectCommand)).toHaveLength(0)
    expect(b.store.get(KEY)).toBe(foreign)
    expect(b.store.has(gone)).toBe(false)
  })
})
