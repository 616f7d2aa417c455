import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeleteSnapshotCommand } from '@aws-sdk/client-ec2'
import { createClientFactory } from '../../src/clients.js'
import { startSimulator, type SimServer } from '../../bench/sim/server.js'
import { generateAccount, type SimAccount } from '../../bench/sim/data.js'
import { stopStarted } from '../helpers/teardown.js'

let sim: SimServer
let account: SimAccount
const credentials = () => Promise.resolve({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'secret' })

beforeAll(async () => {
  account = generateAccount({ ebs: 0, rds: 0, rdsCluster: 0, efs: 0, managed: { count: 40, region: 'us-east-1' } })
  sim = await startSimulator({
    account,
    latencyMs: 0,
    buckets: { overrides: { 'ec2-mutate': { burst: 2, refill: 0.001 } } }
  })
})
afterAll(() => stopStarted(sim))

function ids(): string[] {
  return account.ebsSnapshots('us-east-1').map((s) => s.snapshotId)
}

describe('the paced EC2 client', () => {
  it('hands throttling straight back (the pacer decides when to retry) while the ordinary client retries it', async () => {
    const factory = createClientFactory({
      accountId: '123456789012',
      credentials,
      endpoint: sim.url,
      retryBackoffMs: () => 0
    })
    const [a, b, c] = ids()
    await factory.ec2Paced('us-east-1').send(new DeleteSnapshotCommand({ SnapshotId: a }))
    await factory.ec2Paced('us-east-1').send(new DeleteSnapshotCommand({ SnapshotId: b }))
    const err = await factory
      .ec2Paced('us-east-1')
      .send(new DeleteSnapshotCommand({ SnapshotId: c }))
      .catch((e: unknown) => e)
    expect((err as Error).name).toBe('RequestLimitExceeded')
    expect((err as { $metadata: { attempts: number } }).$metadata.attempts).toBe(1)
    const plain = await factory
      .ec2('us-east-1')
      .send(new DeleteSnapshotCommand({ SnapshotId: c }))
      .catch((e: unknown) => e)
    expect((plain as { $metadata: { attempts: number } }).$metadata.attempts).toBeGreaterThan(1)
  })

  it('still retries transient server errors', async () => {
    sim.configure({ buckets: false, faults: { rate: 0.5, seed: 3, services: ['ec2'] } })
    const factory = createClientFactory({
      accountId: '123456789012',
      credentials,
      endpoint: sim.url,
      retryBackoffMs: () => 0
    })
    let retriedAndSucceeded = 0
    const thrown: string[] = []
    for (const id of ids().slice(0, 20)) {
      try {
        const out = await factory.ec2Paced('us-east-1').send(new DeleteSnapshotCommand({ SnapshotId: id }))
        if ((out.$metadata.attempts ?? 1) > 1) retriedAndSucceeded++
      } catch (err) {
        thrown.push((err as Error).name)
      }
    }
    expect(retriedAndSucceeded).toBeGreaterThan(0)
    // A throttle ends the call at once, even after a retried server error; nothing else gets through.
    expect(new Set(thrown)).toEqual(new Set(thrown.length ? ['RequestLimitExceeded'] : []))
  })
})
