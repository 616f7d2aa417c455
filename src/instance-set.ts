/**
 * Instance backups: every EBS volume of an instance in one crash-consistent CreateSnapshots call, less the boot
 * volume (when asked) and the volumes carrying an excluded tag. Pure: what to include, the set's id, the request.
 */
import type { CreateSnapshotsCommandInput } from '@aws-sdk/client-ec2'
import { TAG_SNAPSHOT_SET } from './retention.js'
import { tagList } from './tags.js'
import type { InstanceInfo } from './selection.js'

/** The tags that tie a snapshot to the instance and the set it was made in. */
export const TAG_INSTANCE_ID = 'snapshot-hygiene:instance-id'
export { TAG_SNAPSHOT_SET }

/** A `key=value` tag that leaves a volume out of its instance's set. */
export interface TagPair {
  key: string
  value: string
}

/** What an instance backup leaves out: the boot volume on request, and volumes carrying any of the tags. */
export interface InstanceSetOptions {
  excludeBootVolume: boolean
  excludeVolumeTags: readonly TagPair[]
}

/** A volume of the instance, with its device. */
export interface SetVolume {
  volumeId: string
  device: string | null
}

/** The plan of one instance's set: its id, the volumes it includes, and those left out with why. */
export interface InstanceSetPlan {
  instance: InstanceInfo
  setId: string
  boot: SetVolume | null
  included: SetVolume[]
  excluded: (SetVolume & { reason: string })[]
  /** Whether CreateSnapshots is asked to leave out the boot volume. */
  excludeBootVolume: boolean
}

/** The set's id: the instance id and the UTC second the set was made, readable and unique per instance and second. */
export function snapshotSetId(instanceId: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
  return `${instanceId}-${stamp}`
}

/**
 * Decides which volumes of an instance its set includes. `volumeTags` holds each attached volume's tags (a volume
 * missing from it is treated as untagged). A boot volume carrying an excluded tag is left out through
 * ExcludeBootVolume, since CreateSnapshots refuses the root volume in ExcludeDataVolumeIds.
 */
export function planInstanceSet(
  instance: InstanceInfo,
  volumeTags: ReadonlyMap<string, Readonly<Record<string, string>>>,
  options: InstanceSetOptions,
  now: Date
): InstanceSetPlan {
  const tagged = (volumeId: string): TagPair | undefined => {
    const tags = volumeTags.get(volumeId) ?? {}
    return options.excludeVolumeTags.find((t) => Object.hasOwn(tags, t.key) && tags[t.key] === t.value)
  }
  const included: SetVolume[] = []
  const excluded: (SetVolume & { reason: string })[] = []
  let boot: SetVolume | null = null
  let excludeBootVolume = false
  for (const v of instance.volumes) {
    const isBoot = v.device !== null && v.device === instance.rootDeviceName
    if (isBoot) boot = v
    const tag = tagged(v.volumeId)
    if (isBoot && options.excludeBootVolume) {
      excludeBootVolume = true
      excluded.push({ ...v, reason: 'boot volume (exclude-boot-volume)' })
    } else if (tag !== undefined) {
      if (isBoot) excludeBootVolume = true
      excluded.push({ ...v, reason: `tagged ${tag.key}=${tag.value} (exclude-volume-tags)` })
    } else included.push(v)
  }
  return { instance, setId: snapshotSetId(instance.instanceId, now), boot, included, excluded, excludeBootVolume }
}

/** The CreateSnapshots request of a planned set: every snapshot tagged with the run's tags, the instance and the set. */
export function createSnapshotsInput(
  plan: InstanceSetPlan,
  tags: Readonly<Record<string, string>>,
  description: string
): CreateSnapshotsCommandInput {
  const dataExcluded = plan.excluded.filter((v) => v.volumeId !== plan.boot?.volumeId).map((v) => v.volumeId)
  return {
    InstanceSpecification: {
      InstanceId: plan.instance.instanceId,
      ExcludeBootVolume: plan.excludeBootVolume,
      ...(dataExcluded.length > 0 ? { ExcludeDataVolumeIds: dataExcluded } : {})
    },
    Description: description,
    TagSpecifications: [
      {
        ResourceType: 'snapshot',
        Tags: tagList({ ...tags, [TAG_INSTANCE_ID]: plan.instance.instanceId, [TAG_SNAPSHOT_SET]: plan.setId })
      }
    ]
  }
}
