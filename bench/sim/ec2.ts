/**
 * EC2 query-protocol handlers: DescribeRegions, DescribeSnapshots, DeleteSnapshot (refused for a locked snapshot),
 * snapshot lock (DescribeLockedSnapshots, LockSnapshot) and the account settings (GetSnapshotBlockPublicAccessState,
 * GetEbsEncryptionByDefault); the backup side (DescribeVolumes, CreateSnapshot, CopySnapshot) is in ec2-backup.ts.
 */
import type { Segment } from './collection.js'
import { lockStateAt, settleEbs } from './data.js'
import { copySnapshot, createSnapshot, describeVolumes } from './ec2-backup.js'
import type { EbsSnapshot, SimSnapshotLock } from './types.js'
import {
  compileGlob,
  decodeToken,
  encodeToken,
  intParam,
  listParam,
  type Answer,
  type Route,
  type SimRequest
} from './route.js'
import { errorResponse, requestId } from './wire.js'
import { document, leaf, node } from './xml.js'

const NS = 'http://ec2.amazonaws.com/doc/2016-11-15/'

type Predicate = (s: EbsSnapshot) => boolean

interface FilterSet {
  match: Predicate
  skip: (segment: Segment<EbsSnapshot>) => boolean
}

function ok(action: string, children: string): Answer {
  const id = requestId()
  const body = document(`${action}Response`, NS, leaf('requestId', id) + children)
  return {
    response: { status: 200, headers: { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': id }, body }
  }
}

function fail(status: number, code: string, message: string): Answer {
  return { response: errorResponse('ec2', status, code, message) }
}

function fieldMatcher(name: string): ((s: EbsSnapshot) => string | string[] | undefined) | null {
  if (name.startsWith('tag:')) {
    const key = name.slice(4)
    return (s) => s.tags[key]
  }
  switch (name) {
    case 'status':
      return (s) => s.state
    case 'volume-id':
      return (s) => s.volumeId
    case 'snapshot-id':
      return (s) => s.snapshotId
    case 'owner-id':
      return (s) => s.ownerId
    case 'encrypted':
      return (s) => String(s.encrypted)
    case 'storage-tier':
      return (s) => s.storageTier
    case 'volume-size':
      return (s) => String(s.volumeSize)
    case 'description':
      return (s) => s.description
    case 'tag-key':
      return (s) => Object.keys(s.tags)
    default:
      return null
  }
}

/** Parses `Filter.N.Name` / `Filter.N.Value.M` into one predicate (filters AND, values OR), or an error answer. */
function parseFilters(form: URLSearchParams): FilterSet | Answer {
  const predicates: Predicate[] = []
  const requiredKeys: string[][] = []
  for (let i = 1; form.has(`Filter.${i}.Name`); i++) {
    const name = form.get(`Filter.${i}.Name`) ?? ''
    const field = fieldMatcher(name)
    if (field === null) return fail(400, 'InvalidParameterValue', `The filter '${name}' is invalid`)
    const values = listParam(form, `Filter.${i}.Value`)
    const matchers = values.map(compileGlob)
    predicates.push((s) => {
      const actual = field(s)
      if (actual === undefined) return false
      const list = Array.isArray(actual) ? actual : [actual]
      return list.some((v) => matchers.some((m) => m(v)))
    })
    if (name.startsWith('tag:')) requiredKeys.push([name.slice(4)])
    if (name === 'tag-key' && !values.some((v) => /[*?]/.test(v))) requiredKeys.push(values)
  }
  return {
    match: (s) => predicates.every((p) => p(s)),
    skip: (segment) =>
      segment.tagKeys !== undefined && requiredKeys.some((keys) => !keys.some((k) => segment.tagKeys?.has(k)))
  }
}

function snapshotXml(s: EbsSnapshot): string {
  const tags = Object.entries(s.tags)
    .map(([k, v]) => node('item', leaf('key', k) + leaf('value', v)))
    .join('')
  return node(
    'item',
    leaf('snapshotId', s.snapshotId) +
      leaf('volumeId', s.volumeId) +
      leaf('status', s.state) +
      leaf('startTime', s.startTime) +
      leaf('progress', s.progress) +
      leaf('ownerId', s.ownerId) +
      leaf('volumeSize', s.volumeSize) +
      (s.fullSnapshotSizeInBytes === undefined ? '' : leaf('fullSnapshotSizeInBytes', s.fullSnapshotSizeInBytes)) +
      leaf('description', s.description) +
      leaf('encrypted', s.encrypted) +
      leaf('kmsKeyId', s.kmsKeyId) +
      leaf('storageTier', s.storageTier) +
      (tags === '' ? '' : node('tagSet', tags))
  )
}

function describeSnapshots(req: SimRequest): Answer {
  const form = req.form
  const maxResults = intParam(form.get('MaxResults'))
  const snapshotIds = listParam(form, 'SnapshotId')
  const owners = [...listParam(form, 'Owner'), ...listParam(form, 'OwnerId')]
  const restorableBy = listParam(form, 'RestorableBy')
  if (maxResults !== undefined && !(maxResults >= 5 && maxResults <= 1000)) {
    return fail(
      400,
      'InvalidParameterValue',
      `Value ( ${form.get('MaxResults') ?? ''} ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.`
    )
  }
  if (maxResults !== undefined && snapshotIds.length > 0)
    return fail(
      400,
      'InvalidParameterCombination',
      'The parameter snapshotIdsSet cannot be used with the parameter maxResults'
    )
  const filters = parseFilters(form)
  if ('response' in filters) return filters
  const tokenText = form.get('NextToken')
  const token = tokenText === null ? { cursor: 0, depth: 0 } : decodeToken(tokenText)
  if (token === null)
    return fail(400, 'InvalidPaginationToken', 'The specified pagination token is not valid or is expired.')
  const ebs = req.account.region(req.region).ebs
  const now = req.account.wallClock()
  const ownerOk = owners.length === 0 || owners.some((o) => o === 'self' || o === req.account.accountId)
  const match: Predicate = (s) =>
    ownerOk &&
    (restorableBy.length === 0 || (s.public && restorableBy.includes('all'))) &&
    filters.match(settleEbs(s, now))
  if (snapshotIds.length > 0) {
    const found: EbsSnapshot[] = []
    for (const id of snapshotIds) {
      const snapshot = ebs.get(id)
      if (snapshot === undefined) return fail(400, 'InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`)
      if (match(snapshot)) found.push(snapshot)
    }
    return ok('DescribeSnapshots', node('snapshotSet', found.map(snapshotXml).join('')))
  }
  const page = ebs.page(token.cursor, maxResults ?? Number.POSITIVE_INFINITY, match, filters.skip)
  const depth = token.depth + 1
  const next = page.next === null ? '' : leaf('nextToken', encodeToken({ cursor: page.next, depth }))
  return { ...ok('DescribeSnapshots', node('snapshotSet', page.items.map(snapshotXml).join('')) + next), depth }
}

function describeRegions(req: SimRequest): Answer {
  const wanted = listParam(req.form, 'RegionName')
  const regions = req.account.regions.filter((r) => wanted.length === 0 || wanted.includes(r))
  const items = regions.map((r) =>
    node(
      'item',
      leaf('regionName', r) +
        leaf('regionEndpoint', `ec2.${r}.amazonaws.com`) +
        leaf('optInStatus', 'opt-in-not-required')
    )
  )
  return ok('DescribeRegions', node('regionInfo', items.join('')))
}

function deleteSnapshot(req: SimRequest): Answer {
  const id = req.form.get('SnapshotId')
  if (id === null || id === '')
    return fail(400, 'MissingParameter', 'The request must contain the parameter snapshotId')
  if (req.account.region(req.region).ebs.get(id) === undefined)
    return fail(400, 'InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`)
  const lock = req.account.ebsLock(req.region, id)
  if (lock !== undefined && lockStateAt(lock, req.account.time()) !== 'expired')
    return fail(
      400,
      'SnapshotLocked',
      `The snapshot '${id}' is locked in ${lock.mode} mode until ${lock.expiresOn.toISOString()} and can't be deleted.`
    )
  if (req.form.get('DryRun') === 'true')
    return fail(412, 'DryRunOperation', 'Request would have succeeded, but DryRun flag is set.')
  req.account.deleteEbsSnapshot(req.region, id)
  return ok('DeleteSnapshot', leaf('return', true))
}

function lockXml(snapshotId: string, lock: SimSnapshotLock, ownerId: string | null, at: number): string {
  return (
    leaf('ownerId', ownerId) +
    leaf('snapshotId', snapshotId) +
    leaf('lockState', lockStateAt(lock, at)) +
    leaf('lockDuration', lock.duration) +
    leaf('lockCreatedOn', lock.createdOn) +
    leaf('lockDurationStartTime', lock.createdOn) +
    leaf('lockExpiresOn', lock.expiresOn)
  )
}

const LOCK_STATES = ['compliance', 'governance', 'compliance-cooloff', 'expired']

function describeLockedSnapshots(req: SimRequest): Answer {
  const form = req.form
  const maxResults = intParam(form.get('MaxResults'))
  if (maxResults !== undefined && !(maxResults >= 5 && maxResults <= 1000))
    return fail(
      400,
      'InvalidParameterValue',
      `Value ( ${form.get('MaxResults') ?? ''} ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.`
    )
  const ids = listParam(form, 'SnapshotId')
  let states: string[] = []
  for (let i = 1; form.has(`Filter.${i}.Name`); i++) {
    const name = form.get(`Filter.${i}.Name`) ?? ''
    if (name !== 'lock-state') return fail(400, 'InvalidParameterValue', `The filter '${name}' is invalid`)
    states = listParam(form, `Filter.${i}.Value`)
    const bad = states.find((v) => !LOCK_STATES.includes(v))
    if (bad !== undefined) return fail(400, 'InvalidParameterValue', `The lock state '${bad}' is invalid`)
  }
  const tokenText = form.get('NextToken')
  const token = tokenText === null ? { cursor: 0, depth: 0 } : decodeToken(tokenText)
  if (token === null)
    return fail(400, 'InvalidPaginationToken', 'The specified pagination token is not valid or is expired.')
  const at = req.account.time()
  const all = req.account
    .ebsLocks(req.region)
    .filter(
      ([id, lock]) =>
        (ids.length === 0 || ids.includes(id)) && (states.length === 0 || states.includes(lockStateAt(lock, at)))
    )
  const size = maxResults ?? 1000
  const items = all.slice(token.cursor, token.cursor + size)
  const nextCursor = token.cursor + size
  const depth = token.depth + 1
  const next = nextCursor < all.length ? leaf('nextToken', encodeToken({ cursor: nextCursor, depth })) : ''
  const xml = items.map(([id, lock]) => node('item', lockXml(id, lock, req.account.accountId, at))).join('')
  return { ...ok('DescribeLockedSnapshots', node('snapshotSet', xml) + next), depth }
}

function lockSnapshot(req: SimRequest): Answer {
  const form = req.form
  const id = form.get('SnapshotId') ?? ''
  if (id === '') return fail(400, 'MissingParameter', 'The request must contain the parameter snapshotId')
  if (req.account.region(req.region).ebs.get(id) === undefined)
    return fail(400, 'InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`)
  const mode = form.get('LockMode')
  if (mode !== 'governance' && mode !== 'compliance')
    return fail(400, 'InvalidParameterValue', `The lock mode '${mode ?? ''}' is invalid`)
  const days = intParam(form.get('LockDuration'))
  if (days === undefined || !(days >= 1 && days <= 36500))
    return fail(400, 'InvalidParameterValue', 'The lock duration must be between 1 and 36500 days.')
  const existing = req.account.ebsLock(req.region, id)
  const at = req.account.time()
  if (existing !== undefined && lockStateAt(existing, at) === 'compliance') {
    const shorter = at + days * 86_400_000 < existing.expiresOn.getTime()
    if (mode === 'governance' || shorter)
      return fail(
        400,
        'IncorrectState',
        `The snapshot '${id}' is locked in compliance mode: its lock can only be extended.`
      )
  }
  const lock = req.account.lockEbsSnapshot(req.region, id, mode, days)
  return ok('LockSnapshot', lockXml(id, lock, null, at))
}

function blockPublicAccessState(req: SimRequest): Answer {
  const state = req.account.regionSettings(req.region).blockPublicAccess
  return ok('GetSnapshotBlockPublicAccessState', leaf('state', state) + leaf('managedBy', 'account'))
}

function encryptionByDefault(req: SimRequest): Answer {
  const on = req.account.regionSettings(req.region).encryptionByDefault
  return ok('GetEbsEncryptionByDefault', leaf('ebsEncryptionByDefault', on) + leaf('sseType', 'sse-ebs'))
}

/** Whether a DescribeSnapshots call is the "unpaginated" kind (no MaxResults, NextToken, ids or filters). */
function unpaginated(form: URLSearchParams): boolean {
  return !form.has('MaxResults') && !form.has('NextToken') && !form.has('SnapshotId.1') && !form.has('Filter.1.Name')
}

/** Resolves an EC2 request to its route, or null for an action the simulator does not implement. */
export function ec2Route(req: SimRequest, action: string): Route | null {
  switch (action) {
    case 'DescribeSnapshots':
      return {
        action,
        bucket: unpaginated(req.form) ? 'ec2-unpaginated' : 'ec2-describe',
        listing: action,
        handle: () => describeSnapshots(req)
      }
    case 'DescribeRegions':
      return { action, bucket: 'ec2-describe', handle: () => describeRegions(req) }
    case 'DeleteSnapshot':
      return { action, bucket: 'ec2-mutate', handle: () => deleteSnapshot(req) }
    case 'DescribeLockedSnapshots':
      return { action, bucket: 'ec2-describe', listing: action, handle: () => describeLockedSnapshots(req) }
    case 'LockSnapshot':
      return { action, bucket: 'ec2-mutate', handle: () => lockSnapshot(req) }
    case 'GetSnapshotBlockPublicAccessState':
      return { action, bucket: 'ec2-describe', handle: () => blockPublicAccessState(req) }
    case 'GetEbsEncryptionByDefault':
      return { action, bucket: 'ec2-describe', handle: () => encryptionByDefault(req) }
    case 'DescribeVolumes':
      return {
        action,
        bucket: unpaginated(req.form) && !req.form.has('VolumeId.1') ? 'ec2-unpaginated' : 'ec2-describe',
        listing: action,
        handle: () => describeVolumes(req)
      }
    case 'CreateSnapshot':
      return { action, bucket: 'ec2-create-snapshot', handle: () => createSnapshot(req) }
    case 'CopySnapshot':
      return { action, bucket: 'ec2-copy-snapshot', handle: () => copySnapshot(req) }
    default:
      return null
  }
}
