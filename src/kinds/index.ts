/** The snapshot kinds backup and prune handle, in the order they run and report. */
import { dbClusterKind } from './db-cluster.js'
import { dbInstanceKind } from './db-instance.js'
import { ebsKind } from './ebs.js'
import type { KindName, SnapshotKind } from './kind.js'

/** Every kind, EBS first. */
export const KINDS: readonly SnapshotKind[] = [ebsKind, dbInstanceKind, dbClusterKind]

/** The kind of a name. */
export function kindNamed(name: KindName): SnapshotKind {
  const kind = KINDS.find((k) => k.name === name)
  if (kind === undefined) throw new Error(`Unknown snapshot kind ${name}`)
  return kind
}

/** The sources a run names per kind: EBS volumes, DB instances and DB clusters, each with its region. */
export interface KindSources {
  ebs: readonly { region: string; id: string }[]
  'db-instance': readonly { region: string; id: string }[]
  'db-cluster': readonly { region: string; id: string }[]
}

/** The sources of each kind named by the volume, db-instance and db-cluster inputs. */
export function sourcesOf(config: {
  volumes: readonly { region: string; volumeId: string }[]
  dbInstances: readonly { region: string; id: string }[]
  dbClusters: readonly { region: string; id: string }[]
}): KindSources {
  return {
    ebs: config.volumes.map((v) => ({ region: v.region, id: v.volumeId })),
    'db-instance': config.dbInstances,
    'db-cluster': config.dbClusters
  }
}
