/**
 * Resolving tag selectors in one region: which volumes, instances, DB instances and DB clusters carry the tags.
 * EC2 filters on the server (one paged listing per selector, since EC2 ANDs filters); RDS returns each resource's
 * tags with it, so one paged listing is filtered here. Several selectors are a union: each resource appears once,
 * with every selector that matched it.
 */
import { paginateDescribeInstances, paginateDescribeVolumes, type EC2Client, type Instance } from '@aws-sdk/client-ec2'
import { paginateDescribeDBClusters, paginateDescribeDBInstances, type RDSClient } from '@aws-sdk/client-rds'
import { volumeInfo, type VolumeInfo } from './metadata.js'
import { tagMap } from './tags.js'
import { ec2Filter, matchesSelector, type TagSelector } from './tag-selector.js'

/** DescribeVolumes takes 5 to 500 results a page, DescribeInstances 5 to 1,000, the RDS describes 20 to 100. */
export const VOLUME_PAGE_SIZE = 500
export const INSTANCE_PAGE_SIZE = 1000
export const RDS_PAGE_SIZE = 100

/** A resource a selector matched, with the selectors (as written) that matched it. */
export interface Selected<T> {
  resource: T
  selectors: string[]
}

/** An EC2 instance as a backup of its volumes needs it. */
export interface InstanceInfo {
  instanceId: string
  region: string
  name: string | null
  state: string | null
  rootDeviceName: string | null
  /** Its attached EBS volumes, by device. */
  volumes: { device: string | null; volumeId: string }[]
  tags: Record<string, string>
}

/** A DB instance or DB cluster as a backup needs it. */
export interface DbInfo {
  identifier: string
  region: string
  arn: string | null
  status: string | null
  tags: Record<string, string>
}

/** Maps a DescribeInstances entry to {@link InstanceInfo}. */
export function instanceInfo(i: Instance, region: string): InstanceInfo {
  const tags = tagMap(i.Tags)
  return {
    instanceId: i.InstanceId ?? '',
    region,
    name: tags.Name ?? null,
    state: i.State?.Name ?? null,
    rootDeviceName: i.RootDeviceName ?? null,
    volumes: (i.BlockDeviceMappings ?? [])
      .filter((m) => m.Ebs?.VolumeId !== undefined)
      .map((m) => ({ device: m.DeviceName ?? null, volumeId: m.Ebs?.VolumeId ?? '' })),
    tags
  }
}

/** Adds what one selector matched to the union, keyed by id. */
function addMatches<T>(
  union: Map<string, Selected<T>>,
  selector: TagSelector,
  found: readonly T[],
  id: (t: T) => string
): void {
  for (const resource of found) {
    const key = id(resource)
    const entry = union.get(key)
    if (entry === undefined) union.set(key, { resource, selectors: [selector.text] })
    else if (!entry.selectors.includes(selector.text)) entry.selectors.push(selector.text)
  }
}

function sorted<T>(union: Map<string, Selected<T>>): Selected<T>[] {
  return [...union].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v)
}

/** The volumes of a region that any selector matches. */
export async function selectVolumes(
  ec2: EC2Client,
  region: string,
  selectors: readonly TagSelector[]
): Promise<Selected<VolumeInfo>[]> {
  const union = new Map<string, Selected<VolumeInfo>>()
  for (const selector of selectors) {
    const found: VolumeInfo[] = []
    const pages = paginateDescribeVolumes(
      { client: ec2, pageSize: VOLUME_PAGE_SIZE },
      { Filters: [ec2Filter(selector)] }
    )
    for await (const page of pages)
      for (const v of page.Volumes ?? []) if (v.VolumeId !== undefined) found.push(volumeInfo(v, region))
    // The filter is AWS's; the tags are checked again here, so a backend that ignores it selects nothing extra.
    addMatches(
      union,
      selector,
      found.filter((v) => matchesSelector(v.tags, selector)),
      (v) => v.volumeId
    )
  }
  return sorted(union)
}

/** The instances of a region that any selector matches (terminated ones left out: they have no volumes). */
export async function selectInstances(
  ec2: EC2Client,
  region: string,
  selectors: readonly TagSelector[]
): Promise<Selected<InstanceInfo>[]> {
  const union = new Map<string, Selected<InstanceInfo>>()
  for (const selector of selectors) {
    const found: InstanceInfo[] = []
    const pages = paginateDescribeInstances(
      { client: ec2, pageSize: INSTANCE_PAGE_SIZE },
      { Filters: [ec2Filter(selector)] }
    )
    for await (const page of pages)
      for (const r of page.Reservations ?? [])
        for (const i of r.Instances ?? [])
          if (i.InstanceId !== undefined && i.State?.Name !== 'terminated') found.push(instanceInfo(i, region))
    addMatches(
      union,
      selector,
      found.filter((i) => matchesSelector(i.tags, selector)),
      (i) => i.instanceId
    )
  }
  return sorted(union)
}

function selectListed<T extends { identifier: string; tags: Record<string, string> }>(
  listed: readonly T[],
  selectors: readonly TagSelector[]
): Selected<T>[] {
  const union = new Map<string, Selected<T>>()
  for (const selector of selectors)
    addMatches(
      union,
      selector,
      listed.filter((r) => matchesSelector(r.tags, selector)),
      (r) => r.identifier
    )
  return sorted(union)
}

/** The DB instances of a region that any selector matches (RDS returns the tags with each instance). */
export async function selectDbInstances(
  rds: RDSClient,
  region: string,
  selectors: readonly TagSelector[]
): Promise<Selected<DbInfo>[]> {
  if (selectors.length === 0) return []
  const listed: DbInfo[] = []
  for await (const page of paginateDescribeDBInstances({ client: rds, pageSize: RDS_PAGE_SIZE }, {}))
    for (const d of page.DBInstances ?? [])
      if (d.DBInstanceIdentifier !== undefined)
        listed.push({
          identifier: d.DBInstanceIdentifier,
          region,
          arn: d.DBInstanceArn ?? null,
          status: d.DBInstanceStatus ?? null,
          tags: tagMap(d.TagList)
        })
  return selectListed(listed, selectors)
}

/** The DB clusters of a region that any selector matches. */
export async function selectDbClusters(
  rds: RDSClient,
  region: string,
  selectors: readonly TagSelector[]
): Promise<Selected<DbInfo>[]> {
  if (selectors.length === 0) return []
  const listed: DbInfo[] = []
  for await (const page of paginateDescribeDBClusters({ client: rds, pageSize: RDS_PAGE_SIZE }, {}))
    for (const c of page.DBClusters ?? [])
      if (c.DBClusterIdentifier !== undefined)
        listed.push({
          identifier: c.DBClusterIdentifier,
          region,
          arn: c.DBClusterArn ?? null,
          status: c.Status ?? null,
          tags: tagMap(c.TagList)
        })
  return selectListed(listed, selectors)
}

/** How many resources each selector matched in each region, for the summary and for selectors that matched nothing. */
export function selectorCounts<T>(
  selectors: readonly TagSelector[],
  byRegion: ReadonlyMap<string, readonly Selected<T>[]>
): { selector: string; region: string; count: number }[] {
  const out: { selector: string; region: string; count: number }[] = []
  for (const s of selectors)
    for (const [region, selected] of [...byRegion].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      out.push({ selector: s.text, region, count: selected.filter((x) => x.selectors.includes(s.text)).length })
  return out
}
