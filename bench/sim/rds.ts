/** RDS query-protocol handlers: DescribeDBSnapshots, DescribeDBClusterSnapshots and CopyDBSnapshot. */
import type { Collection } from './collection.js'
import { settleDb } from './data.js'
import { pendingCopies, refuse } from './ec2-backup.js'
import { decodeToken, encodeToken, intParam, type Answer, type Route, type SimRequest } from './route.js'
import type { DbClusterSnapshot, DbSnapshot } from './types.js'
import { errorResponse, queryNamespace, requestId } from './wire.js'
import { document, leaf, node } from './xml.js'

type AnySnapshot = DbSnapshot | DbClusterSnapshot

interface Listing<T extends AnySnapshot> {
  items: (req: SimRequest) => Collection<T>
  ownerParam: string
  idParam: string
  notFound: string
  listElement: string
  itemXml: (s: T) => string
  owner: (s: T) => string
  /** Whether the default listing leaves out AWS Backup's snapshots (true for DB instances, false for Aurora). */
  awsBackupSeparate: boolean
}

function fail(status: number, code: string, message: string): Answer {
  return { response: errorResponse('rds', status, code, message) }
}

function tagsXml(tags: Record<string, string>): string {
  return node(
    'TagList',
    Object.entries(tags)
      .map(([k, v]) => node('Tag', leaf('Key', k) + leaf('Value', v)))
      .join('')
  )
}

function dbSnapshotXml(s: DbSnapshot): string {
  return node(
    'DBSnapshot',
    leaf('DBSnapshotIdentifier', s.identifier) +
      leaf('DBInstanceIdentifier', s.instanceId) +
      leaf('SnapshotCreateTime', s.createdAt) +
      leaf('Engine', s.engine) +
      leaf('AllocatedStorage', s.allocatedStorage) +
      leaf('Status', s.status) +
      leaf('SnapshotType', s.snapshotType) +
      leaf('PercentProgress', s.status === 'available' ? 100 : 40) +
      leaf('StorageType', 'gp3') +
      leaf('Encrypted', s.encrypted) +
      leaf('KmsKeyId', s.kmsKeyId) +
      leaf('DBSnapshotArn', s.arn) +
      tagsXml(s.tags) +
      leaf('SnapshotTarget', 'region')
  )
}

function clusterSnapshotXml(s: DbClusterSnapshot): string {
  return node(
    'DBClusterSnapshot',
    leaf('DBClusterSnapshotIdentifier', s.identifier) +
      leaf('DBClusterIdentifier', s.clusterId) +
      leaf('SnapshotCreateTime', s.createdAt) +
      leaf('Engine', s.engine) +
      leaf('AllocatedStorage', s.allocatedStorage) +
      leaf('Status', s.status) +
      leaf('SnapshotType', s.snapshotType) +
      leaf('PercentProgress', s.status === 'available' ? 100 : 40) +
      leaf('StorageEncrypted', s.encrypted) +
      leaf('KmsKeyId', s.kmsKeyId) +
      leaf('DBClusterSnapshotArn', s.arn) +
      tagsXml(s.tags)
  )
}

const DB: Listing<DbSnapshot> = {
  items: (req) => req.account.region(req.region).db,
  ownerParam: 'DBInstanceIdentifier',
  idParam: 'DBSnapshotIdentifier',
  notFound: 'DBSnapshotNotFound',
  listElement: 'DBSnapshots',
  itemXml: dbSnapshotXml,
  owner: (s) => s.instanceId,
  awsBackupSeparate: true
}

const CLUSTER: Listing<DbClusterSnapshot> = {
  items: (req) => req.account.region(req.region).cluster,
  ownerParam: 'DBClusterIdentifier',
  idParam: 'DBClusterSnapshotIdentifier',
  notFound: 'DBClusterSnapshotNotFoundFault',
  listElement: 'DBClusterSnapshots',
  itemXml: clusterSnapshotXml,
  owner: (s) => s.clusterId,
  awsBackupSeparate: false
}

const TYPES = new Set(['automated', 'manual', 'shared', 'public', 'awsbackup'])

function describe<T extends AnySnapshot>(req: SimRequest, action: string, listing: Listing<T>): Answer {
  const form = req.form
  const maxRecords = intParam(form.get('MaxRecords'))
  if (maxRecords !== undefined && !(maxRecords >= 20 && maxRecords <= 100)) {
    return fail(
      400,
      'InvalidParameterValue',
      `Invalid value ${form.get('MaxRecords') ?? ''} for MaxRecords. Must be between 20 and 100`
    )
  }
  const type = form.get('SnapshotType')
  if (type !== null && !TYPES.has(type)) return fail(400, 'InvalidParameterValue', `Invalid snapshot type: ${type}`)
  const markerText = form.get('Marker')
  const marker = markerText === null ? { cursor: 0, depth: 0 } : decodeToken(markerText)
  if (marker === null) return fail(400, 'InvalidParameterValue', 'Invalid marker')
  const items = listing.items(req)
  const id = form.get(listing.idParam)
  const owner = form.get(listing.ownerParam)
  if (id !== null && items.get(id) === undefined) return fail(404, listing.notFound, `Snapshot ${id} not found.`)
  // Without a type, RDS leaves AWS Backup's DB instance snapshots out (SnapshotType=awsbackup lists them); Aurora has no
  // such type ("The awsbackup type does not apply to Aurora"), so every cluster snapshot is in the default listing.
  const hidden = (s: T): boolean => listing.awsBackupSeparate && s.snapshotType === 'awsbackup'
  const wantType = (s: T): boolean => (type === null ? id !== null || !hidden(s) : s.snapshotType === type)
  const match = (s: T): boolean => {
    if ('instanceId' in s) settleDb(s, req.account.wallClock())
    return wantType(s) && (id === null || s.identifier === id) && (owner === null || listing.owner(s) === owner)
  }
  const page = items.page(marker.cursor, maxRecords ?? 100, match)
  const depth = marker.depth + 1
  const next = page.next === null ? '' : leaf('Marker', encodeToken({ cursor: page.next, depth }))
  const result = node(`${action}Result`, next + node(listing.listElement, page.items.map(listing.itemXml).join('')))
  const body = document(
    `${action}Response`,
    queryNamespace('rds'),
    result + node('ResponseMetadata', leaf('RequestId', requestId()))
  )
  return {
    response: {
      status: 200,
      headers: { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId() },
      body
    },
    depth
  }
}

/** RDS's copy requests in progress per destination region and account ("up to 20 snapshot copy requests in progress"). */
export const RDS_COPIES_IN_FLIGHT = 20

const SNAPSHOT_ARN = /^arn:aws:rds:([a-z0-9-]+):(\d{12}):snapshot:(.+)$/

/** The `Tags.member.N` (or `Tags.Tag.N`) of a query request. */
function queryTags(form: URLSearchParams): Record<string, string> {
  const tags: Record<string, string> = {}
  for (const prefix of ['Tags.member', 'Tags.Tag'])
    for (let i = 1; form.has(`${prefix}.${i}.Key`); i++)
      tags[form.get(`${prefix}.${i}.Key`) ?? ''] = form.get(`${prefix}.${i}.Value`) ?? ''
  return tags
}

/**
 * CopyDBSnapshot, called in the destination region: the source (an ARN for another region, an identifier in this one)
 * must be available; a 21st copy while 20 are in progress in the destination is refused with SnapshotQuotaExceeded
 * (the only quota error CopyDBSnapshot documents). The copy is `creating` for the account's copy time.
 */
function copyDbSnapshot(req: SimRequest): Answer {
  const form = req.form
  const sourceText = form.get('SourceDBSnapshotIdentifier') ?? ''
  const target = form.get('TargetDBSnapshotIdentifier') ?? ''
  if (sourceText === '' || target === '')
    return fail(400, 'InvalidParameterValue', 'SourceDBSnapshotIdentifier and TargetDBSnapshotIdentifier are required')
  const arn = SNAPSHOT_ARN.exec(sourceText)
  const sourceRegion = arn?.[1] ?? req.region
  const sourceId = arn?.[3] ?? sourceText
  if (!req.account.hasRegion(sourceRegion))
    return fail(404, 'DBSnapshotNotFound', `DBSnapshot ${sourceText} not found.`)
  const source = req.account.region(sourceRegion).db.get(sourceId)
  if (source === undefined) return fail(404, 'DBSnapshotNotFound', `DBSnapshot ${sourceText} not found.`)
  if (settleDb(source, req.account.wallClock()).status !== 'available')
    return fail(400, 'InvalidDBSnapshotState', `Snapshot ${sourceId} is not in available state.`)
  const items = req.account.region(req.region).db
  if (items.get(target) !== undefined)
    return fail(
      400,
      'DBSnapshotAlreadyExists',
      `Cannot create the snapshot because a snapshot with the identifier ${target} already exists.`
    )
  const pending = pendingCopies(req.account, `rds/${req.region}`)
  if (pending.length >= RDS_COPIES_IN_FLIGHT)
    return refuse(
      req.account,
      400,
      'SnapshotQuotaExceeded',
      `Cannot copy the snapshot: ${RDS_COPIES_IN_FLIGHT} snapshot copy requests are already in progress to ${req.region}.`,
      'rds'
    )
  const now = req.account.wallClock()
  const wait = req.account.copyCompletionMs
  const copy = req.account.addDbSnapshot(req.region, {
    identifier: target,
    instanceId: source.instanceId,
    createdAt: new Date(now),
    status: wait > 0 ? 'creating' : 'available',
    allocatedStorage: source.allocatedStorage,
    encrypted: source.encrypted,
    kmsKeyId: form.get('KmsKeyId') ?? source.kmsKeyId,
    snapshotType: 'manual',
    engine: source.engine,
    tags: queryTags(form),
    ...(wait > 0 ? { completesAt: now + wait } : {})
  })
  if (wait > 0) pending.push({ done: () => settleDb(copy, req.account.wallClock()).status !== 'creating' })
  const body = document(
    'CopyDBSnapshotResponse',
    queryNamespace('rds'),
    node('CopyDBSnapshotResult', dbSnapshotXml(copy)) + node('ResponseMetadata', leaf('RequestId', requestId()))
  )
  return {
    response: {
      status: 200,
      headers: { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId() },
      body
    }
  }
}

/** Resolves an RDS request to its route (all RDS calls share one bucket), or null for an unimplemented action. */
export function rdsRoute(req: SimRequest, action: string): Route | null {
  const listingName = (type: string | null): string =>
    type === 'awsbackup' && action === 'DescribeDBSnapshots' ? `${action}/awsbackup` : action
  switch (action) {
    case 'DescribeDBSnapshots':
      return {
        action,
        bucket: 'rds',
        listing: listingName(req.form.get('SnapshotType')),
        handle: () => describe(req, action, DB)
      }
    case 'DescribeDBClusterSnapshots':
      return {
        action,
        bucket: 'rds',
        listing: listingName(req.form.get('SnapshotType')),
        handle: () => describe(req, action, CLUSTER)
      }
    case 'CopyDBSnapshot':
      return { action, bucket: 'rds', handle: () => copyDbSnapshot(req) }
    default:
      return null
  }
}
