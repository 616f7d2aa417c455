import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  AttachVolumeCommand,
  CreateTagsCommand,
  CreateVolumeCommand,
  DescribeSnapshotsCommand,
  RunInstancesCommand
} from '@aws-sdk/client-ec2'
import { CreateBucketCommand, GetObjectCommand } from '@aws-sdk/client-s3'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { stopStarted } from '../helpers/teardown.js'
import { DAY_MS } from '../../src/clock.js'

const BUCKET = 'backup-metadata'
const ACCOUNT = '123456789012'
const WORKFLOW_ENV = {
  GITHUB_REPOSITORY: 'acme/storage',
  GITHUB_WORKFLOW: 'nightly backup',
  GITHUB_RUN_ID: '4242',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_ACTOR: 'octocat',
  GITHUB_SERVER_URL: 'https://github.com'
}

let moto: Moto
let home: { volumeId: string; instanceId: string }
let remoteVolume: string

const env = (extra: Record<string, string> = {}): Record<string, string> => ({
  AWS_ENDPOINT_URL: moto.url,
  AWS_REGION: 'us-east-1',
  ...extra
})

async function volume(region: string, size: number, name?: string): Promise<string> {
  const { ec2 } = awsClients(moto.url, region)
  const v = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${region}b`, Size: size, VolumeType: 'gp3' }))
  const id = v.VolumeId ?? ''
  if (name) await ec2.send(new CreateTagsCommand({ Resources: [id], Tags: [{ Key: 'Name', Value: name }] }))
  return id
}

beforeAll(async () => {
  moto = await startMoto()
  await awsClients(moto.url, 'us-east-1').s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
  const { ec2 } = awsClients(moto.url, 'us-east-1')
  const volumeId = await volume('us-east-1', 40, 'web-data')
  const run = await ec2.send(
    new RunInstancesCommand({
      ImageId: 'ami-12c6146b',
      MinCount: 1,
      MaxCount: 1,
      Placement: { AvailabilityZone: 'us-east-1b' }
    })
  )
  const instanceId = run.Instances?.[0]?.InstanceId ?? ''
  await ec2.send(new AttachVolumeCommand({ VolumeId: volumeId, InstanceId: instanceId, Device: '/dev/sdf' }))
  home = { volumeId, instanceId }
  remoteVolume = await volume('eu-west-1', 8)
})
afterAll(() => stopStarted(moto))

async function snapshotOf(region: string, snapshotId: string) {
  const out = await awsClients(moto.url, region).ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId] }))
  return out.Snapshots?.[0]
}

async function metadataObject(key: string): Promise<{ contentType: string | undefined; doc: Record<string, unknown> }> {
  const out = await awsClients(moto.url, 'us-east-1').s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  return {
    contentType: out.ContentType,
    doc: JSON.parse((await out.Body?.transformToString()) ?? '{}') as Record<string, unknown>
  }
}

describe('backup against the moto server', () => {
  it('snapshots each volume with the tags and writes the documented metadata JSON', async () => {
    const before = Date.now()
    const run = await runAction({
      inputs: {
        mode: 'backup',
        volume: `${home.volumeId}\neu-west-1/${remoteVolume}`,
        bucket: BUCKET,
        'retention-days': '7',
        tags: 'team=web\ncost-center=42',
        description: 'nightly web data'
      },
      env: env(WORKFLOW_ENV)
    })
    const after = Date.now()
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const ids = (run.outputs['snapshot-ids'] ?? '').split(',')
    expect(ids).toHaveLength(2)
    const [homeId, remoteId] = ids as [string, string]
    expect(run.outputs['metadata-keys']).toBe(
      [`snapshot-metadata/${home.volumeId}/${homeId}.json`, `snapshot-metadata/${remoteVolume}/${remoteId}.json`].join(
        ','
      )
    )

    const snap = await snapshotOf('us-east-1', homeId)
    expect(snap?.VolumeId).toBe(home.volumeId)
    expect(snap?.Description).toBe('nightly web data')
    const tags = Object.fromEntries((snap?.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']))
    const expires = tags['snapshot-hygiene:expires-at'] ?? ''
    expect(tags).toEqual({
      Name: 'web-data',
      team: 'web',
      'cost-center': '42',
      'snapshot-hygiene:managed': 'true',
      'snapshot-hygiene:expires-at': expires,
      'snapshot-hygiene:repository': 'acme/storage',
      'snapshot-hygiene:workflow': 'nightly backup',
      'snapshot-hygiene:run-id': '4242',
      'snapshot-hygiene:run-url': 'https://github.com/acme/storage/actions/runs/4242',
      'snapshot-hygiene:sha': WORKFLOW_ENV.GITHUB_SHA,
      'snapshot-hygiene:actor': 'octocat'
    })
    expect(expires).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    const week = 7 * DAY_MS
    expect(Date.parse(expires)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + week)
    expect(Date.parse(expires)).toBeLessThanOrEqual(after + week)

    const { contentType, doc } = await metadataObject(`snapshot-metadata/${home.volumeId}/${homeId}.json`)
    expect(contentType).toBe('application/json')
    expect(doc).toMatchObject({
      schema_version: 1,
      tool: 'snapshot-hygiene',
      written_by: 'backup',
      snapshot: {
        id: homeId,
        volume_id: home.volumeId,
        region: 'us-east-1',
        account_id: ACCOUNT,
        start_time: snap?.StartTime?.toISOString(),
        state: 'completed',
        volume_size_gib: 40,
        encrypted: false,
        kms_key_id: null,
        description: 'nightly web data',
        storage_tier: 'standard',
        expires_at: expires,
        tags
      },
      volume: {
        id: home.volumeId,
        region: 'us-east-1',
        type: 'gp3',
        size_gib: 40,
        availability_zone: 'us-east-1b',
        attached_instance_id: home.instanceId,
        attachments: [{ instance_id: home.instanceId, device: '/dev/sdf', state: 'attached' }],
        name: 'web-data',
        encrypted: false
      },
      workflow: {
        repository: 'acme/storage',
        workflow: 'nightly backup',
        run_id: '4242',
        run_url: 'https://github.com/acme/storage/actions/runs/4242',
        sha: WORKFLOW_ENV.GITHUB_SHA,
        actor: 'octocat'
      }
    })
    expect(Object.keys(doc).sort()).toEqual([
      'schema_version',
      'snapshot',
      'tool',
      'volume',
      'workflow',
      'written_at',
      'written_by'
    ])

    const remote = await metadataObject(`snapshot-metadata/${remoteVolume}/${remoteId}.json`)
    expect(remote.doc).toMatchObject({
      snapshot: { id: remoteId, volume_id: remoteVolume, region: 'eu-west-1', state: 'completed', volume_size_gib: 8 },
      volume: {
        id: remoteVolume,
        availability_zone: 'eu-west-1b',
        attached_instance_id: null,
        attachments: [],
        name: null
      }
    })
    expect((await snapshotOf('eu-west-1', remoteId))?.Tags?.find((t) => t.Key === 'Name')).toBeUndefined()

    expect(run.summary).toContain('## Snapshot backup')
    expect(run.summary).toContain('Created **2 snapshots**.')
    expect(run.summary).toContain(homeId)
  })

  it('writes the metadata at once with the pending state the snapshot had when wait is false', async () => {
    const run = await runAction({
      inputs: { mode: 'backup', volume: remoteVolume, 'aws-region': 'eu-west-1', bucket: BUCKET, wait: 'false' },
      env: env()
    })
    expect(run.code).toBe(0)
    const [id] = (run.outputs['snapshot-ids'] ?? '').split(',')
    const { doc } = await metadataObject(`snapshot-metadata/${remoteVolume}/${id ?? ''}.json`)
    // moto completes snapshots at once, so CreateSnapshot's own answer is what the document records.
    expect((doc.snapshot as { id: string }).id).toBe(id)
    expect((doc.snapshot as { description: string }).description).toBe(`snapshot-hygiene backup of ${remoteVolume}`)
    expect((doc.workflow as { run_url: string }).run_url).toBe('')
  })

  it('fails naming a volume that does not exist, after backing up the others', async () => {
    const missing = 'vol-0123456789abcdef0'
    const run = await runAction({
      inputs: { mode: 'backup', volume: `${missing},${home.volumeId}`, bucket: BUCKET },
      env: env()
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toBe(`Volume ${missing} was not found in us-east-1 (account ${ACCOUNT})`)
    expect(run.errors.at(-1)).toBe(
      `1 volume backup failed: Volume ${missing} was not found in us-east-1 (account ${ACCOUNT})`
    )
    expect(run.errors).toHaveLength(2)
    expect(run.outputs['snapshot-ids']).toMatch(/^snap-[0-9a-f]{17}$/)
    expect(run.outputs['failed-count']).toBe('1')
    expect(run.summary).toContain('### Backup failures')
  })

  it('fails on a bucket it cannot write, saying what it tried', async () => {
    const run = await runAction({
      inputs: { mode: 'backup', volume: home.volumeId, bucket: 'no-such-bucket-here' },
      env: env()
    })
    expect(run.code).toBe(1)
    const id = run.outputs['snapshot-ids'] ?? ''
    expect(id).toMatch(/^snap-/)
    expect(run.outputs['metadata-keys']).toBe('')
    expect(run.errors[0]).toContain(
      `Snapshot ${id} of ${home.volumeId} was created, but its metadata was not written: Could not write s3://no-such-bucket-here/snapshot-metadata/${home.volumeId}/${id}.json`
    )
    expect(run.errors[0]).toContain('(bucket no-such-bucket-here does not exist)')
  })

  describe('fails before any AWS call on bad input, with one line naming the input', () => {
    const closed = { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_REGION: 'us-east-1' }
    const cases: [string, Record<string, string>, string][] = [
      [
        'a volume id that is not vol- and hex',
        { volume: 'vol-12345xyz', bucket: BUCKET },
        "Input 'volume' has 'vol-12345xyz', which is not a volume id (vol- and 8 or 17 hex digits, optionally REGION/ before it)"
      ],
      [
        'an instance id as the volume',
        { volume: 'i-0123456789abcdef0', bucket: BUCKET },
        "Input 'volume' has 'i-0123456789abcdef0', which is not a volume id (vol- and 8 or 17 hex digits, optionally REGION/ before it)"
      ],
      [
        'a bucket name with upper case',
        { volume: 'vol-0123456789abcdef0', bucket: 'My_Bucket' },
        "Input 'bucket' 'My_Bucket' breaks S3's bucket naming rules (3-63 lower-case letters, digits, dots and hyphens)"
      ],
      [
        'a bucket name like an IP address',
        { volume: 'vol-0123456789abcdef0', bucket: '192.168.1.1' },
        "Input 'bucket' '192.168.1.1' breaks S3's bucket naming rules (3-63 lower-case letters, digits, dots and hyphens)"
      ],
      [
        'backup without volume',
        { bucket: BUCKET },
        "Input 'volume' is required in backup mode: name one or more vol- ids or tag:KEY=VALUE selectors (or DB identifiers or selectors in db-instance or db-cluster)"
      ],
      [
        'backup without bucket',
        { volume: 'vol-0123456789abcdef0' },
        "Input 'bucket' is required in backup mode: name the S3 bucket for snapshot metadata"
      ],
      [
        'a negative retention-days',
        { volume: 'vol-0123456789abcdef0', bucket: BUCKET, 'retention-days': '-1' },
        "Input 'retention-days' must be a whole number from 0 to 36500; got '-1'"
      ]
    ]
    for (const [name, inputs, line] of cases) {
      it(name, async () => {
        const run = await runAction({ inputs: { mode: 'backup', ...inputs }, env: closed })
        expect(run.code).toBe(1)
        expect(run.errors).toEqual([line])
      })
    }
    it('backup-and-prune without bucket', async () => {
      const run = await runAction({
        inputs: { mode: 'backup-and-prune', volume: 'vol-0123456789abcdef0' },
        env: closed
      })
      expect(run.code).toBe(1)
      expect(run.errors).toEqual([
        "Input 'bucket' is required in backup-and-prune mode: name the S3 bucket for snapshot metadata"
      ])
    })
  })
})
