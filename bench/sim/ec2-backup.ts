/**
 * EC2 query-protocol handlers of the backup side: DescribeVolumes (filters, pages), CreateSnapshot (EBS's per-volume
 * rate) and CopySnapshot (called in the destination region; at most {@link COPIES_IN_FLIGHT} pending copies there).
 * Snapshots made here stay pending for the account's completion times and then turn completed.
 */
import type { SimAccount } from './data.js'
import { settleEbs } from './data.js'
import { compileGlob, decodeToken, encodeToken, intParam, listParam, type Answer, type SimRequest } from './route.js'
import type { EbsSnapshot, SimVolume } from './types.js'
import { errorResponse, requestId } from './wire.js'
import { document, leaf, node } from './xml.js'

const NS = 'http://ec2.amazonaws.com/doc/2016-11-15/'

/** EBS's concurrent copies per destination region (AWS-NOTES: 20 per destination region). */
export const COPIES_IN_FLIGHT = 20
/** The time EBS wants between two snapshots of the same volume, in ms. */
export const PER_VOLUME_INTERVAL_MS = 15_000

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

/** Counts a refusal by its code on the account, and answers it. */
export function refuse(account: SimAccount, status: number, code: string, message: string, service = 'ec2'): Answer {
  account.refusals.set(code, (account.refusals.get(code) ?? 0) + 1)
  return { response: errorResponse(service, status, code, message) }
}

function tagSetXml(tags: Record<string, string>): string {
  const items = Object.entries(tags)
    .map(([k, v]) => node('item', leaf('key', k) + leaf('value', v)))
    .join('')
  return items === '' ? '' : node('tagSet', items)
}

/** The tags of `TagSpecification.N` entries for one resource type. */
export function specTags(form: URLSearchParams, resourceType: string): Record<string, string> {
  const tags: Record<string, string> = {}
  for (let i = 1; form.has(`TagSpecification.${i}.ResourceType`); i++) {
    if (form.get(`TagSpecification.${i}.ResourceType`) !== resourceType) continue
    for (let j = 1; form.has(`TagSpecification.${i}.Tag.${j}.Key`); j++)
      tags[form.get(`TagSpecification.${i}.Tag.${j}.Key`) ?? ''] =
        form.get(`TagSpecification.${i}.Tag.${j}.Value`) ?? ''
  }
  return tags
}

function volumeField(name: string): ((v: SimVolume) => string | string[] | undefined) | null {
  if (name.startsWith('tag:')) {
    const key = name.slice(4)
    return (v) => v.tags[key]
  }
  switch (name) {
    case 'volume-id':
      return (v) => v.volumeId
    case 'tag-key':
      return (v) => Object.keys(v.tags)
    case 'availability-zone':
      return (v) => v.availabilityZone
    case 'volume-type':
      return (v) => v.volumeType
    case 'status':
      return () => 'in-use'
    case 'encrypted':
      return (v) => String(v.encrypted)
    default:
      return null
  }
}

function volumeXml(v: SimVolume): string {
  return node(
    'item',
    leaf('volumeId', v.volumeId) +
      leaf('size', v.sizeGib) +
      leaf('snapshotId', '') +
      leaf('availabilityZone', v.availabilityZone) +
      leaf('status', 'in-use') +
      leaf('createTime', v.createTime) +
      node('attachmentSet', '') +
      leaf('volumeType', v.volumeType) +
      leaf('encrypted', v.encrypted) +
      leaf('multiAttachEnabled', false) +
      tagSetXml(v.tags)
  )
}

/** DescribeVolumes: `VolumeId.N`, filters (AND; values OR), `MaxResults` 5–1000 with `NextToken`, not with ids. */
export function describeVolumes(req: SimRequest): Answer {
  const form = req.form
  const maxResults = intParam(form.get('MaxResults'))
  if (maxResults !== undefined && !(maxResults >= 5 && maxResults <= 1000))
    return fail(
      400,
      'InvalidParameterValue',
      `Value ( ${form.get('MaxResults') ?? ''} ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.`
    )
  const ids = listParam(form, 'VolumeId')
  if (maxResults !== undefined && ids.length > 0)
    return fail(
      400,
      'InvalidParameterCombination',
      'The parameter volumeIdsSet cannot be used with the parameter maxResults'
    )
  const predicates: ((v: SimVolume) => boolean)[] = []
  for (let i = 1; form.has(`Filter.${i}.Name`); i++) {
    const name = form.get(`Filter.${i}.Name`) ?? ''
    const field = volumeField(name)
    if (field === null) return fail(400, 'InvalidParameterValue', `The filter '${name}' is invalid`)
    const matchers = listParam(form, `Filter.${i}.Value`).map(compileGlob)
    predicates.push((v) => {
      const actual = field(v)
      if (actual === undefined) return false
      return (Array.isArray(actual) ? actual : [actual]).some((x) => matchers.some((m) => m(x)))
    })
  }
  const match = (v: SimVolume): boolean => predicates.every((p) => p(v))
  const all = req.account.volumes(req.region)
  if (ids.length > 0) {
    const found: SimVolume[] = []
    for (const id of ids) {
      const v = req.account.volume(req.region, id)
      if (v === undefined) return fail(400, 'InvalidVolume.NotFound', `The volume '${id}' does not exist.`)
      if (match(v)) found.push(v)
    }
    return ok('DescribeVolumes', node('volumeSet', found.map(volumeXml).join('')))
  }
  const tokenText = form.get('NextToken')
  const token = tokenText === null ? { cursor: 0, depth: 0 } : decodeToken(tokenText)
  if (token === null)
    return fail(400, 'InvalidPaginationToken', 'The specified pagination token is not valid or is expired.')
  const limit = maxResults ?? Number.POSITIVE_INFINITY
  const items: SimVolume[] = []
  let next: number | null = null
  for (let i = token.cursor; i < all.length; i++) {
    const v = all[i] as SimVolume
    if (!match(v)) continue
    if (items.length === limit) {
      next = i
      break
    }
    items.push(v)
  }
  const depth = token.depth + 1
  const nextXml = next === null ? '' : leaf('nextToken', encodeToken({ cursor: next, depth }))
  return { ...ok('DescribeVolumes', node('volumeSet', items.map(volumeXml).join('')) + nextXml), depth }
}

function snapshotFields(s: EbsSnapshot): string {
  return (
    leaf('snapshotId', s.snapshotId) +
    leaf('volumeId', s.volumeId) +
    leaf('status', s.state) +
    leaf('startTime', s.startTime) +
    leaf('progress', s.progress) +
    leaf('ownerId', s.ownerId) +
    leaf('volumeSize', s.volumeSize) +
    leaf('description', s.description) +
    leaf('encrypted', s.encrypted) +
    tagSetXml(s.tags)
  )
}

/** CreateSnapshot: a pending snapshot of the volume with its TagSpecifications; a second one within 15 s is refused. */
export function createSnapshot(req: SimRequest): Answer {
  const form = req.form
  const volumeId = form.get('VolumeId') ?? ''
  if (volumeId === '') return fail(400, 'MissingParameter', 'The request must contain the parameter volumeId')
  const volume = req.account.volume(req.region, volumeId)
  if (volume === undefined) return fail(400, 'InvalidVolume.NotFound', `The volume '${volumeId}' does not exist.`)
  const now = req.account.wallClock()
  const key = `${req.region}/${volumeId}`
  const last = req.account.lastSnapshotOfVolume.get(key)
  if (last !== undefined && now - last < PER_VOLUME_INTERVAL_MS)
    return refuse(
      req.account,
      400,
      'SnapshotCreationPerVolumeRateExceeded',
      'The maximum per volume CreateSnapshot request rate has been exceeded. Use an increasing or variable sleep interval between requests.'
    )
  req.account.lastSnapshotOfVolume.set(key, now)
  const wait = req.account.snapshotCompletionMs
  const snapshot = req.account.addEbsSnapshot(req.region, {
    volumeId,
    state: wait > 0 ? 'pending' : 'completed',
    progress: wait > 0 ? '0%' : '100%',
    startTime: new Date(now),
    volumeSize: volume.sizeGib,
    encrypted: volume.encrypted,
    description: form.get('Description') ?? '',
    tags: specTags(form, 'snapshot'),
    ...(wait > 0 ? { completesAt: now + wait } : {})
  })
  return ok('CreateSnapshot', snapshotFields(snapshot))
}

/** The pending copies of one destination region (EBS or RDS), after dropping the ones done by now. */
export function pendingCopies(account: SimAccount, key: string): { done: () => boolean }[] {
  const pending = (account.copiesInFlight.get(key) ?? []).filter((c) => !c.done())
  account.copiesInFlight.set(key, pending)
  return pending
}

/**
 * CopySnapshot, called in the destination region: the source must exist in SourceRegion and be completed; a 21st copy
 * while 20 are pending in the destination answers ResourceLimitExceeded.
 */
export function copySnapshot(req: SimRequest): Answer {
  const form = req.form
  const sourceRegion = form.get('SourceRegion') ?? ''
  const sourceId = form.get('SourceSnapshotId') ?? ''
  if (sourceRegion === '' || sourceId === '')
    return fail(400, 'MissingParameter', 'The request must contain the parameters SourceRegion and SourceSnapshotId')
  if (!req.account.hasRegion(sourceRegion))
    return fail(400, 'InvalidParameterValue', `The source region '${sourceRegion}' is not enabled`)
  const source = req.account.region(sourceRegion).ebs.get(sourceId)
  if (source === undefined) return fail(400, 'InvalidSnapshot.NotFound', `The snapshot '${sourceId}' does not exist.`)
  const now = req.account.wallClock()
  settleEbs(source, now)
  if (source.state !== 'completed') return fail(400, 'IncorrectState', `Snapshot is in invalid state - ${source.state}`)
  const key = `ebs/${req.region}`
  const pending = pendingCopies(req.account, key)
  if (pending.length >= COPIES_IN_FLIGHT)
    return refuse(
      req.account,
      400,
      'ResourceLimitExceeded',
      `You have exceeded the maximum number of concurrent snapshot copies (${COPIES_IN_FLIGHT}) in ${req.region}.`
    )
  const wait = req.account.copyCompletionMs
  const copy = req.account.addEbsSnapshot(req.region, {
    volumeId: 'vol-ffffffff',
    state: wait > 0 ? 'pending' : 'completed',
    progress: wait > 0 ? '0%' : '100%',
    startTime: new Date(now),
    volumeSize: source.volumeSize,
    encrypted: form.get('Encrypted') === 'true' || source.encrypted,
    kmsKeyId: form.get('KmsKeyId') ?? source.kmsKeyId,
    description: form.get('Description') ?? '',
    tags: specTags(form, 'snapshot'),
    ...(wait > 0 ? { completesAt: now + wait } : {})
  })
  if (wait > 0) pending.push({ done: () => settleEbs(copy, req.account.wallClock()).state !== 'pending' })
  return ok('CopySnapshot', leaf('snapshotId', copy.snapshotId) + tagSetXml(copy.tags))
}
