/** S3 REST-XML handlers (path-style): PutObject, recording each object's key and size on the account. */
import { createHash } from 'node:crypto'
import type { Answer, Route, SimRequest } from './route.js'
import { errorResponse, requestId } from './wire.js'

const OBJECT = /^\/([^/]+)\/(.+)$/

/** The operation name of an S3 request (or `METHOD path` when unknown). */
export function s3Action(method: string, path: string): string {
  if (method === 'PUT' && OBJECT.test(path)) return 'PutObject'
  return `${method} ${path}`
}

function putObject(req: SimRequest, bucket: string, key: string): Answer {
  if (key.length > 1024) return { response: errorResponse('s3', 400, 'KeyTooLongError', 'Your key is too long') }
  req.account.objects.set(`${bucket}/${key}`, Buffer.byteLength(req.body))
  const etag = `"${createHash('md5').update(req.body).digest('hex')}"`
  return { response: { status: 200, headers: { etag, 'x-amz-request-id': requestId() }, body: '' } }
}

/** Resolves an S3 request to its route, or null for an unimplemented operation. */
export function s3Route(req: SimRequest, action: string): Route | null {
  const match = OBJECT.exec(req.path)
  if (action === 'PutObject' && match !== null) {
    const bucket = decodeURIComponent(match[1] ?? '')
    const key = decodeURIComponent(match[2] ?? '')
    return { action, bucket: 's3', handle: () => putObject(req, bucket, key) }
  }
  return null
}
