import { describe, expect, it } from 'vitest'
import {
  createSnapshotsInput,
  planInstanceSet,
  snapshotSetId,
  TAG_INSTANCE_ID,
  TAG_SNAPSHOT_SET
} from '../../src/instance-set.js'
import type { InstanceInfo } from '../../src/selection.js'

const NOW = new Date('2026-11-27T16:05:09.123Z')
const instance: InstanceInfo = {
  instanceId: 'i-0123456789abcdef0',
  region: 'us-east-1',
  name: 'web',
  state: 'running',
  rootDeviceName: '/dev/xvda',
  volumes: [
    { device: '/dev/xvda', volumeId: 'vol-root' },
    { device: '/dev/sdf', volumeId: 'vol-data1' },
    { device: '/dev/sdg', volumeId: 'vol-scratch' }
  ],
  tags: {}
}
const tags = new Map([
  ['vol-root', { Name: 'root' }],
  ['vol-data1', { backup: 'daily' }],
  ['vol-scratch', { backup: 'skip', temp: 'yes' }]
])

describe('planInstanceSet', () => {
  it('includes every volume when nothing is excluded', () => {
    const plan = planInstanceSet(instance, tags, { excludeBootVolume: false, excludeVolumeTags: [] }, NOW)
    expect(plan.included.map((v) => v.volumeId)).toEqual(['vol-root', 'vol-data1', 'vol-scratch'])
    expect(plan.excluded).toEqual([])
    expect(plan.excludeBootVolume).toBe(false)
    expect(plan.setId).toBe('i-0123456789abcdef0-20261127T160509Z')
  })

  it('leaves out a data volume carrying an excluded tag, by key and exact value', () => {
    const plan = planInstanceSet(
      instance,
      tags,
      {
        excludeBootVolume: false,
        excludeVolumeTags: [
          { key: 'backup', value: 'skip' },
          { key: 'temp', value: 'no' }
        ]
      },
      NOW
    )
    expect(plan.included.map((v) => v.volumeId)).toEqual(['vol-root', 'vol-data1'])
    expect(plan.excluded).toEqual([
      { device: '/dev/sdg', volumeId: 'vol-scratch', reason: 'tagged backup=skip (exclude-volume-tags)' }
    ])
    expect(createSnapshotsInput(plan, { a: 'b' }, 'desc').InstanceSpecification).toEqual({
      InstanceId: 'i-0123456789abcdef0',
      ExcludeBootVolume: false,
      ExcludeDataVolumeIds: ['vol-scratch']
    })
  })

  it('leaves out the boot volume with exclude-boot-volume, through ExcludeBootVolume only', () => {
    const plan = planInstanceSet(instance, tags, { excludeBootVolume: true, excludeVolumeTags: [] }, NOW)
    expect(plan.included.map((v) => v.volumeId)).toEqual(['vol-data1', 'vol-scratch'])
    expect(plan.excluded.map((v) => [v.volumeId, v.reason])).toEqual([
      ['vol-root', 'boot volume (exclude-boot-volume)']
    ])
    expect(createSnapshotsInput(plan, {}, 'd').InstanceSpecification).toEqual({
      InstanceId: 'i-0123456789abcdef0',
      ExcludeBootVolume: true
    })
  })

  it('leaves out a tagged boot volume through ExcludeBootVolume, never ExcludeDataVolumeIds', () => {
    const plan = planInstanceSet(
      instance,
      tags,
      { excludeBootVolume: false, excludeVolumeTags: [{ key: 'Name', value: 'root' }] },
      NOW
    )
    expect(plan.included.map((v) => v.volumeId)).toEqual(['vol-data1', 'vol-scratch'])
    const spec = createSnapshotsInput(plan, {}, 'd').InstanceSpecification
    expect(spec).toEqual({ InstanceId: 'i-0123456789abcdef0', ExcludeBootVolume: true })
  })

  it('does not take a tag for excluded when only the key matches, nor an inherited property', () => {
    const plan = planInstanceSet(
      instance,
      tags,
      {
        excludeBootVolume: false,
        excludeVolumeTags: [
          { key: 'backup', value: 'weekly' },
          { key: 'toString', value: '' }
        ]
      },
      NOW
    )
    expect(plan.excluded).toEqual([])
  })
})

describe('createSnapshotsInput', () => {
  it('tags every snapshot of the set with the run tags, the instance and the set, the set winning', () => {
    const plan = planInstanceSet(instance, tags, { excludeBootVolume: false, excludeVolumeTags: [] }, NOW)
    const input = createSnapshotsInput(plan, { team: 'storage', [TAG_SNAPSHOT_SET]: 'forged' }, 'nightly')
    expect(input.Description).toBe('nightly')
    expect(input.TagSpecifications).toEqual([
      {
        ResourceType: 'snapshot',
        Tags: [
          { Key: 'team', Value: 'storage' },
          { Key: TAG_SNAPSHOT_SET, Value: 'i-0123456789abcdef0-20261127T160509Z' },
          { Key: TAG_INSTANCE_ID, Value: 'i-0123456789abcdef0' }
        ]
      }
    ])
  })

  it('makes the set id from whole UTC seconds', () => {
    expect(snapshotSetId('i-1', new Date('2026-01-02T03:04:05.999Z'))).toBe('i-1-20260102T030405Z')
  })
})
