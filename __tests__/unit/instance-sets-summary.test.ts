import { describe, expect, it } from 'vitest'
import { instanceSetsSection } from '../../src/summary/instance-sets.js'

describe('instanceSetsSection', () => {
  it('escapes what AWS answered in the set table, so a hostile id or state cannot break the table or inject markup', () => {
    const section = instanceSetsSection([
      {
        accountId: '111122223333',
        region: 'us-east-1',
        instanceId: 'i-1*bold*',
        instanceName: null,
        setId: 'i-1-20261127T000000Z',
        snapshots: [
          {
            volumeId: 'vol-a|b',
            device: '/dev/xvda',
            snapshotId: 'snap-<img>',
            state: 'completed|x',
            startTime: '2026-11-27T00:00:00.000Z',
            sizeGib: 8,
            expiresAt: '',
            metadataKey: null
          }
        ],
        excluded: [{ volumeId: 'vol-[x](y)', device: '/dev/sdf', reason: 'tagged a=b (exclude-volume-tags)' }]
      }
    ])
    expect(section).toContain('**i-1\\*bold\\***')
    expect(section).toContain('vol-a\\|b')
    expect(section).toContain('snap-&lt;img&gt;')
    expect(section).toContain('completed\\|x')
    expect(section).toContain('vol-\\[x\\](y)')
  })
})
