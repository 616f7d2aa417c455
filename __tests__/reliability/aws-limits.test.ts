import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateTagsCommand, CreateVolumeCommand, DescribeSnapshotsCommand } from '@aws-sdk/client-ec2'
import { CreateBucketCommand } from '@aws-sdk/client-s3'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { startFaultProxy, type FaultProxy } from '../../bench/fault-proxy.js'
import { EC2_TAGS_MAX, mostBackupTags } from '../../src/backup-tags.js'
import { stopStarted } from '../helpers/teardown.js'

const BUCKET = 'limits-metadata'
let moto: Moto
let proxy: FaultProxy
let volumeId = ''

/** A workflow run as the runner describes it: every workflow tag is written. */
const WORKFLOW_ENV = {
  GITHUB_REPOSITORY: 'acme/storage',
  GITHUB_WORKFLOW: 'nightly',
  GITHUB_RUN_ID: '4242',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_ACTOR: 'octocat',
  GITHUB_SERVER_URL: 'https://github.com'
}
const env = (): Record<string, string> => ({ AWS_ENDPOINT_URL: proxy.url, AWS_REGION: 'us-east-1', ...WORKFLOW_ENV })
const tagLines = (n: number): string => Array.from({ length: n }, (_, i) => `k${i}=v`).join('\n')

async function snapshotsOf(volume: string): Promise<{ id: string; tags: number }[]> {
  const out = await awsClients(moto.url, 'us-east-1').ec2.send(
    new DescribeSnapshotsCommand({ OwnerIds: ['self'], Filters: [{ Name: 'volume-id', Values: [volume] }] })
  )
  return (out.Snapshots ?? []).map((s) => ({ id: s.SnapshotId ?? '', tags: (s.Tags ?? []).length }))
}

beforeAll(async () => {
  moto = await startMoto()
  proxy = await startFaultProxy({ upstream: moto.url })
  const { ec2, s3 } = awsClients(moto.url, 'us-east-1')
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
  volumeId = (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 8 }))).VolumeId ?? ''
  await ec2.send(new CreateTagsCommand({ Resources: [volumeId], Tags: [{ Key: 'Name', Value: 'db-data' }] }))
})
afterAll(() => stopStarted(proxy, moto))

describe('inputs AWS would refuse fail before the first AWS call', () => {
  // The most tags a backup adds of its own (a named volume, every workflow field known), from the code that adds them.
  const fit = EC2_TAGS_MAX - mostBackupTags({})

  it('one user tag more than fits with the action own tags: refused, no request, no snapshot left behind', async () => {
    proxy.resetStats()
    const run = await runAction({
      inputs: { mode: 'backup', volume: volumeId, bucket: BUCKET, tags: tagLines(fit + 1) },
      env: env()
    })
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      `Input 'tags' has ${fit + 1} tags; with the ${EC2_TAGS_MAX - fit} more a backup adds (Name and the snapshot-hygiene: tags) a snapshot would carry ${EC2_TAGS_MAX + 1}, more than EC2's ${EC2_TAGS_MAX}: remove 1`
    ])
    expect(proxy.stats().requests).toBe(0)
    expect(await snapshotsOf(volumeId)).toEqual([])
  })

  it('as many as fit: the snapshot carries exactly EC2_TAGS_MAX tags (the count is not vacuous)', async () => {
    const run = await runAction({
      inputs: { mode: 'backup', volume: volumeId, bucket: BUCKET, tags: tagLines(fit) },
      env: env()
    })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(await snapshotsOf(volumeId)).toEqual([{ id: run.outputs['snapshot-ids'], tags: EC2_TAGS_MAX }])
  })

  const cases: [string, Record<string, string>, RegExp][] = [
    ['a tag key with a character AWS does not allow', { tags: 'te\ufeffam=web' }, /^Input 'tags' has a tag EC2/],
    [
      'a metadata-prefix whose keys exceed 1,024 bytes of UTF-8',
      { 'metadata-prefix': '日'.repeat(330) },
      /^Input 'metadata-prefix' makes metadata keys .* up to 1040 bytes long, more than S3's 1024/
    ],
    [
      'prune-tags no snapshot could carry',
      { mode: 'prune', 'prune-tags': tagLines(EC2_TAGS_MAX + 1) },
      /^Input 'prune-tags' names 51 tags; a snapshot carries at most 50/
    ],
    [
      'a role-to-assume naming a role longer than IAM allows',
      { 'role-to-assume': `arn:aws:iam::123456789012:role/${'r'.repeat(65)}` },
      /^Input 'role-to-assume' names a role of 65 characters; IAM role names have 1 to 64/
    ],
    [
      'a tag key over 128 characters',
      { tags: `${'k'.repeat(129)}=v` },
      /^Input 'tags' has a tag key of 129 characters/
    ],
    [
      'a tag value over 256 characters',
      { tags: `k=${'v'.repeat(257)}` },
      /^Input 'tags' has a value of 257 characters for tag 'k'/
    ],
    ['a description over 255 characters', { description: 'd'.repeat(256) }, /^Input 'description' must be at most 255/]
  ]
  it.each(cases)('%s', async (_name, inputs, line) => {
    proxy.resetStats()
    const run = await runAction({ inputs: { mode: 'backup', volume: volumeId, bucket: BUCKET, ...inputs }, env: env() })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(line)
    expect(proxy.stats().requests).toBe(0)
  })
})
