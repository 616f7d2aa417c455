import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type GetObjectCommandOutput
} from '@aws-sdk/client-s3'
import { sdkStreamMixin } from '@smithy/core/serde'
import {
  documentIdentity,
  isObjectGone,
  listMetadata,
  metadataDocument,
  metadataKey,
  putMetadata,
  readMetadata,
  snapshotFacts,
  unknownVolume,
  type MetadataDocument,
  type WorkflowContext
} from '../../src/metadata.js'
import { awsError, ebsSnapshot, mockTarget } from '../helpers/mock-target.js'

const ACCOUNT = '111122223333'
const PREFIX = 'snapshot-metadata/'
const VOL_A = 'vol-0abc1234'
const VOL_B = 'vol-0fed4321'
const SNAP = 'snap-0def5678'
const NOW = new Date('2026-03-01T12:00:00Z')
const WORKFLOW: WorkflowContext = {
  repository: 'acme/storage',
  workflow: 'nightly',
  runId: '77',
  runUrl: 'https://github.com/acme/storage/actions/runs/77',
  sha: 'abc123',
  actor: 'octocat'
}

/** A document as backup (or a later repair) writes it. */
function written(writtenBy: MetadataDocument['written_by'] = 'backup', region = 'eu-west-1'): MetadataDocument {
  return metadataDocument(
    snapshotFacts(ebsSnapshot(SNAP, VOL_A, NOW, { owner: ACCOUNT }), ACCOUNT, region),
    unknownVolume(VOL_A, region),
    WORKFLOW,
    writtenBy,
    NOW
  )
}

/** The written document with one snapshot field replaced, as stored text. */
function withSnapshotField(field: string, value: unknown): string {
  const doc = JSON.parse(JSON.stringify(written())) as { snapshot: Record<string, unknown> }
  doc.snapshot[field] = value
  return JSON.stringify(doc)
}

/** A GetObject body as the SDK hands it over: a Node stream with the SDK's transform methods. */
function sdkBody(text: string): NonNullable<GetObjectCommandOutput['Body']> {
  return sdkStreamMixin(Readable.from([Buffer.from(text, 'utf8')])) as NonNullable<GetObjectCommandOutput['Body']>
}

describe('documentIdentity refuses hostile fields', () => {
  it('accepts a document written by backup or by repair, and region names with several parts or two digits', () => {
    const identity = { snapshotId: SNAP, volumeId: VOL_A, accountId: ACCOUNT, region: 'eu-west-1' }
    expect(documentIdentity(JSON.stringify(written('backup')))).toEqual(identity)
    expect(documentIdentity(JSON.stringify(written('repair')))).toEqual(identity)
    for (const region of ['us-gov-west-1', 'ap-southeast-2', 'eu-central-12'])
      expect(documentIdentity(JSON.stringify(written('backup', region)))?.region, region).toBe(region)
  })

  it('refuses a region or account that is not a string, even when it reads as one', () => {
    for (const [field, value] of [
      ['region', ['eu-west-1']],
      ['account_id', 111122223333],
      ['account_id', [ACCOUNT]],
      ['id', [SNAP]],
      ['volume_id', [VOL_A]]
    ] as const)
      expect(documentIdentity(withSnapshotField(field, value)), `${field} ${JSON.stringify(value)}`).toBeNull()
  })

  it('refuses a region, account, snapshot or volume with anything before or after the expected form', () => {
    for (const [field, value] of [
      ['region', '../eu-west-1'],
      ['region', 'eu-west-1/../../x'],
      ['region', 'eu-west-123'],
      ['region', 'euwest-1'],
      ['account_id', '1111222233334'],
      ['account_id', 'x111122223333'],
      ['id', `../${SNAP}`],
      ['id', `${SNAP}.json`],
      ['volume_id', `x${VOL_A}`],
      ['volume_id', `${VOL_A}/`]
    ] as const)
      expect(documentIdentity(withSnapshotField(field, value)), `${field} ${value}`).toBeNull()
  })

  it('refuses a document whose snapshot is null, and never throws on JSON that is not an object', () => {
    const doc = JSON.parse(JSON.stringify(written())) as Record<string, unknown>
    expect(documentIdentity(JSON.stringify({ ...doc, snapshot: null }))).toBeNull()
    for (const text of ['5', '"snap-0def5678"', 'true', 'null', '', '{'])
      expect(documentIdentity(text), text).toBeNull()
  })
})

describe('isObjectGone', () => {
  it('reads NoSuchKey and NotFound as gone by their code alone, a bare 404 too, and nothing else', () => {
    expect(isObjectGone(awsError('NoSuchKey'))).toBe(true)
    expect(isObjectGone(awsError('NotFound'))).toBe(true)
    expect(isObjectGone(Object.assign(new Error('x'), { $metadata: { httpStatusCode: 404 } }))).toBe(true)
    expect(isObjectGone(Object.assign(new Error('x'), { $metadata: { httpStatusCode: 403 } }))).toBe(false)
    expect(isObjectGone(awsError('AccessDenied'))).toBe(false)
    expect(isObjectGone(new Error('socket hang up'))).toBe(false)
    expect(isObjectGone(null)).toBe(false)
    expect(isObjectGone(undefined)).toBe(false)
  })
})

describe('readMetadata', () => {
  it('decodes the body the SDK returns as UTF-8', async () => {
    const m = mockTarget(ACCOUNT, [])
    const doc = written()
    doc.snapshot.description = 'Sauvegarde nocturne — 東京'
    m.s3.on(GetObjectCommand).resolves({ Body: sdkBody(JSON.stringify(doc)) })
    expect(await readMetadata(m.target.clients.s3('us-east-1'), 'meta', 'k')).toEqual({
      kind: 'document',
      identity: { snapshotId: SNAP, volumeId: VOL_A, accountId: ACCOUNT, region: 'eu-west-1' }
    })
    expect(m.s3.commandCalls(GetObjectCommand)[0]?.args[0].input).toEqual({ Bucket: 'meta', Key: 'k' })
  })

  it('reads an object without a body as not one of ours', async () => {
    const m = mockTarget(ACCOUNT, [])
    m.s3.on(GetObjectCommand).resolves({})
    expect(await readMetadata(m.target.clients.s3('us-east-1'), 'meta', 'k')).toEqual({ kind: 'foreign' })
  })
})

describe('putMetadata', () => {
  it('writes the document as indented JSON with a final newline, typed application/json, at the key', async () => {
    const m = mockTarget(ACCOUNT, [])
    m.s3.on(PutObjectCommand).resolves({})
    const doc = written('repair')
    const key = metadataKey(PREFIX, VOL_A, SNAP)
    await putMetadata(m.target.clients.s3('us-east-1'), 'meta', key, doc)
    const input = m.s3.commandCalls(PutObjectCommand)[0]?.args[0].input
    expect(input).toEqual({
      Bucket: 'meta',
      Key: 'snapshot-metadata/vol-0abc1234/snap-0def5678.json',
      Body: `${JSON.stringify(doc, null, 2)}\n`,
      ContentType: 'application/json'
    })
    expect((input?.Body as string).split('\n')[1]).toBe('  "schema_version": 1,')
  })
})

describe('listMetadata', () => {
  /** A bucket whose listing answers the keys under the asked prefix, recording each prefix asked. */
  function bucket(keys: Record<string, Date | undefined>): { m: ReturnType<typeof mockTarget>; asked: string[] } {
    const m = mockTarget(ACCOUNT, [])
    const asked: string[] = []
    m.s3.on(ListObjectsV2Command).callsFake((input: { Prefix?: string }) => {
      asked.push(input.Prefix ?? '')
      const Contents = Object.entries(keys)
        .filter(([k]) => k.startsWith(input.Prefix ?? ''))
        .map(([Key, LastModified]) => ({ Key, LastModified }))
      return Contents.length === 0 ? {} : { Contents }
    })
    return { m, asked }
  }

  it('lists one prefix per named volume, each once, and parses keys against the common prefix', async () => {
    const modified = new Date('2026-02-01T00:00:00Z')
    const { m, asked } = bucket({
      [metadataKey(PREFIX, VOL_A, SNAP)]: modified,
      [metadataKey(PREFIX, VOL_B, 'snap-0aaa')]: undefined,
      [metadataKey(PREFIX, 'vol-0ccc', 'snap-0bbb')]: undefined,
      [`${PREFIX}${VOL_A}/notes.txt`]: undefined
    })
    const listed = await listMetadata(m.target.clients.s3('us-east-1'), 'meta', PREFIX, [VOL_B, VOL_A, VOL_B])
    expect(asked).toEqual([`${PREFIX}${VOL_B}/`, `${PREFIX}${VOL_A}/`])
    expect(listed).toEqual({
      objects: [
        { key: metadataKey(PREFIX, VOL_B, 'snap-0aaa'), volumeId: VOL_B, snapshotId: 'snap-0aaa', lastModified: null },
        { key: metadataKey(PREFIX, VOL_A, SNAP), volumeId: VOL_A, snapshotId: SNAP, lastModified: modified }
      ],
      otherKeys: 1
    })
  })

  it('lists the whole prefix without a volume filter; an empty listing is no object and no other key', async () => {
    const { m, asked } = bucket({ [metadataKey(PREFIX, VOL_A, SNAP)]: undefined })
    const all = await listMetadata(m.target.clients.s3('us-east-1'), 'meta', PREFIX, undefined)
    expect(asked).toEqual([PREFIX])
    expect(all.objects.map((o) => o.key)).toEqual([metadataKey(PREFIX, VOL_A, SNAP)])
    const empty = await listMetadata(m.target.clients.s3('us-east-1'), 'meta', 'elsewhere/', undefined)
    expect(empty).toEqual({ objects: [], otherKeys: 0 })
  })

  it('counts a listed entry without a key as another key', async () => {
    const m = mockTarget(ACCOUNT, [])
    m.s3.on(ListObjectsV2Command).resolves({ Contents: [{ Size: 3 }, { Key: metadataKey(PREFIX, VOL_A, SNAP) }] })
    const listed = await listMetadata(m.target.clients.s3('us-east-1'), 'meta', PREFIX, undefined)
    expect(listed.otherKeys).toBe(1)
    expect(listed.objects.map((o) => o.snapshotId)).toEqual([SNAP])
  })

  it('names the prefix it could not list', async () => {
    const m = mockTarget(ACCOUNT, [])
    m.s3.on(ListObjectsV2Command).rejects(awsError('NoSuchBucket', 'The specified bucket does not exist'))
    await expect(listMetadata(m.target.clients.s3('us-east-1'), 'meta', PREFIX, [VOL_A])).rejects.toThrow(
      `Could not list s3://meta/${PREFIX}${VOL_A}/: NoSuchBucket: The specified bucket does not exist (bucket meta does not exist)`
    )
  })
})
