/** EBS direct APIs (rest-json): ListSnapshotBlocks and ListChangedBlocks over the block model of blocks.ts. */
import { changedCount, changedRange, fullBlocks, SIM_BLOCK_BYTES } from './blocks.js'
import { decodeToken, encodeToken, intParam, type Answer, type Route, type SimRequest } from './route.js'
import type { EbsSnapshot } from './types.js'
import { errorResponse, requestId } from './wire.js'

const PAGE_MIN = 100
const PAGE_MAX = 10_000
/** How long block tokens stay valid, as the APIs report it. */
const TOKEN_LIFE_MS = 7 * 24 * 3_600_000

const BLOCKS = /^\/snapshots\/([^/]+)\/blocks$/
const CHANGED = /^\/snapshots\/([^/]+)\/changedblocks$/

/** The operation of an EBS direct API request, from its method and path. */
export function ebsAction(method: string, path: string): string {
  if (method === 'GET' && BLOCKS.test(path)) return 'ListSnapshotBlocks'
  if (method === 'GET' && CHANGED.test(path)) return 'ListChangedBlocks'
  return `${method} ${path}`
}

function ok(body: object): Answer {
  const id = requestId()
  return {
    response: {
      status: 200,
      headers: { 'content-type': 'application/json', 'x-amzn-requestid': id },
      body: JSON.stringify(body)
    }
  }
}

function fail(status: number, code: string, message: string): Answer {
  return { response: errorResponse('ebs', status, code, message) }
}

/** The snapshot a request names, readable by the EBS direct APIs; or the error answer. */
function readable(req: SimRequest, id: string): EbsSnapshot | Answer {
  const s = req.account.region(req.region).ebs.get(id)
  if (s === undefined) return fail(404, 'ResourceNotFoundException', `The snapshot '${id}' does not exist.`)
  if (s.storageTier === 'archive') return fail(400, 'ValidationException', `The snapshot '${id}' is archived.`)
  if (s.state !== 'completed') return fail(400, 'ValidationException', `The snapshot '${id}' is not completed.`)
  return s
}

/** Page size and start from maxResults and pageToken; or the error answer. */
function paging(req: SimRequest): { size: number; cursor: number; depth: number } | Answer {
  const max = intParam(req.query.get('maxResults'))
  if (max !== undefined && !(max >= PAGE_MIN && max <= PAGE_MAX))
    return fail(400, 'ValidationException', `maxResults must be from ${PAGE_MIN} to ${PAGE_MAX}`)
  const text = req.query.get('pageToken')
  const token = text === null ? { cursor: 0, depth: 0 } : decodeToken(text)
  if (token === null) return fail(400, 'ValidationException', 'The pagination token is not valid.')
  return { size: max ?? PAGE_MAX, cursor: token.cursor, depth: token.depth + 1 }
}

function listSnapshotBlocks(req: SimRequest, id: string): Answer {
  const s = readable(req, id)
  if ('response' in s) return s
  const p = paging(req)
  if ('response' in p) return p
  const total = fullBlocks(s)
  const end = Math.min(total, p.cursor + p.size)
  const blocks = Array.from({ length: Math.max(0, end - p.cursor) }, (_, k) => ({
    BlockIndex: p.cursor + k,
    BlockToken: `AAB${(p.cursor + k).toString(36)}`
  }))
  return {
    ...ok({
      Blocks: blocks,
      BlockSize: SIM_BLOCK_BYTES,
      VolumeSize: s.volumeSize,
      ExpiryTime: (Date.now() + TOKEN_LIFE_MS) / 1000,
      ...(end < total ? { NextToken: encodeToken({ cursor: end, depth: p.depth }) } : {})
    }),
    depth: p.depth
  }
}

function listChangedBlocks(req: SimRequest, secondId: string): Answer {
  const firstId = req.query.get('firstSnapshotId')
  if (firstId === null || firstId === '') return fail(400, 'ValidationException', 'firstSnapshotId is required here.')
  const second = readable(req, secondId)
  if ('response' in second) return second
  const first = readable(req, firstId)
  if ('response' in first) return first
  if (first.volumeId !== second.volumeId)
    return fail(400, 'ValidationException', 'The snapshots are not of the same lineage.')
  const p = paging(req)
  if ('response' in p) return p
  const total = changedCount(first, second)
  const end = Math.min(total, p.cursor + p.size)
  const blocks = changedRange(first, second, p.cursor, end).map((b) => {
    return {
      BlockIndex: b.index,
      ...(b.inFirst ? { FirstBlockToken: `AAF${b.index.toString(36)}` } : {}),
      ...(b.inSecond ? { SecondBlockToken: `AAS${b.index.toString(36)}` } : {})
    }
  })
  return {
    ...ok({
      ChangedBlocks: blocks,
      BlockSize: SIM_BLOCK_BYTES,
      VolumeSize: second.volumeSize,
      ExpiryTime: (Date.now() + TOKEN_LIFE_MS) / 1000,
      ...(end < total ? { NextToken: encodeToken({ cursor: end, depth: p.depth }) } : {})
    }),
    depth: p.depth
  }
}

/** Resolves an EBS direct API request to its route, or null for an operation the simulator does not implement. */
export function ebsRoute(req: SimRequest, action: string): Route | null {
  if (action === 'ListSnapshotBlocks') {
    const id = decodeURIComponent(BLOCKS.exec(req.path)?.[1] ?? '')
    return { action, bucket: 'ebs-list-blocks', listing: `${action}/${id}`, handle: () => listSnapshotBlocks(req, id) }
  }
  if (action === 'ListChangedBlocks') {
    const id = decodeURIComponent(CHANGED.exec(req.path)?.[1] ?? '')
    return {
      action,
      bucket: 'ebs-changed-blocks',
      listing: `${action}/${id}`,
      handle: () => listChangedBlocks(req, id)
    }
  }
  return null
}
