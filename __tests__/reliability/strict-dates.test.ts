import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateSnapshotCommand, CreateVolumeCommand, EnableEbsEncryptionByDefaultCommand } from '@aws-sdk/client-ec2'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { readCsv } from '../helpers/csv.js'
import { stopStarted } from '../helpers/teardown.js'

let moto: Moto
let volumeId = ''
const env = (): Record<string, string> => ({ AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'us-east-1' })
const CHECK = { mode: 'check', regions: 'us-east-1', services: 'ebs', 'fail-on': 'warning' }

/** A managed, encrypted snapshot with the given expires-at tag value. */
async function managed(expires: string): Promise<string> {
  const out = await awsClients(moto.url, 'us-east-1').ec2.send(
    new CreateSnapshotCommand({
      VolumeId: volumeId,
      TagSpecifications: [
        {
          ResourceType: 'snapshot',
          Tags: [
            { Key: 'snapshot-hygiene:managed', Value: 'true' },
            { Key: 'snapshot-hygiene:expires-at', Value: expires }
          ]
        }
      ]
    })
  )
  return out.SnapshotId ?? ''
}

beforeAll(async () => {
  moto = await startMoto()
  volumeId =
    (
      await awsClients(moto.url, 'us-east-1').ec2.send(
        new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 8, Encrypted: true })
      )
    ).VolumeId ?? ''
  // The region's settings in place, so that the check judges only the expires-at tags.
  await awsClients(moto.url, 'us-east-1').ec2.send(new EnableEbsEncryptionByDefaultCommand({}))
})
afterAll(() => stopStarted(moto))

describe('check reads only strict ISO 8601 UTC timestamps from expires-at', () => {
  const loose: Record<string, string> = {}

  it('reports loose values once each as a malformed-tag notice, never as expired, and passes fail-on: warning', async () => {
    for (const value of ['1', 'snapshot 7', '2026-02-30T00:00:00Z']) loose[value] = await managed(value)
    const future = await managed('2999-01-01T00:00:00Z')
    const run = await runAction({ inputs: CHECK, env: env() })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const rows = readCsv(run.outputs['csv-path'] ?? '')
    expect(rows.filter((r) => r.rule === 'expired-snapshot')).toEqual([])
    expect(
      rows
        .filter((r) => r.rule === 'malformed-tag')
        .map((r) => [r.resource_id, r.severity])
        .sort()
    ).toEqual(
      Object.values(loose)
        .map((id) => [id, 'notice'])
        .sort()
    )
    expect(rows.some((r) => r.resource_id === future)).toBe(false)
    expect(run.notices.filter((n) => n.includes('is not an ISO 8601 UTC timestamp')).sort()).toEqual(
      Object.entries(loose)
        .map(
          ([value, id]) =>
            `[123456789012 us-east-1] Managed EBS snapshot ${id} has snapshot-hygiene:expires-at ${JSON.stringify(value)}, which is not an ISO 8601 UTC timestamp (like 2026-03-16T06:00:00Z), so its expiry is unknown; correct the tag or remove it.`
        )
        .sort()
    )
  })

  it('still reads the form backup writes: a past timestamp is expired-snapshot and fails fail-on: warning', async () => {
    const past = await managed('2020-01-01T00:00:00Z')
    const run = await runAction({ inputs: CHECK, env: env() })
    expect(run.code).toBe(1)
    const rows = readCsv(run.outputs['csv-path'] ?? '')
    expect(rows.filter((r) => r.rule === 'expired-snapshot').map((r) => r.resource_id)).toEqual([past])
    expect(rows.filter((r) => r.rule === 'malformed-tag')).toHaveLength(Object.keys(loose).length)
  })
})
