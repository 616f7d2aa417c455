/**
 * Pipelined pagination. A listing is a chain of page requests, each needing the token in the page before it, so its
 * time is the number of pages times the time per page. The SDK's paginators ask for page n+1 only after page n is
 * parsed (tens of milliseconds for 1,000 EBS snapshots) and after the caller has processed it. Here the token is read
 * from page n's raw body as soon as it arrives and page n+1 is requested at once, so parsing and processing run while
 * the next page is on the wire. The SDK still parses every page; if its token ever differs from the early one, the
 * early request is dropped and the SDK's token is used, so the pages are always right.
 */
import type { DeserializeMiddleware, MiddlewareStack } from '@smithy/types'

/** Where a service's wire format carries the next page's token. */
export type TokenFormat = 'ec2' | 'query-marker' | 'json'

/** Receives a page's raw body before the SDK parses it. */
export type BodyTap = (body: Uint8Array) => void

/** One paginated list call: how to send the request for a page, and where its output holds the next token. */
export interface PagedCall<Out> {
  format: TokenFormat
  /** Sends the request for the page at `token` (undefined: the first page), with `tap` added to the command. */
  send(token: string | undefined, tap: BodyTap): Promise<Out>
  /** The token the SDK parsed from a page (undefined or empty: it was the last). */
  next(out: Out): string | undefined
}

interface RawResponse {
  statusCode: number
  body: unknown
}

function isRawResponse(value: unknown): value is RawResponse {
  return typeof value === 'object' && value !== null && typeof (value as { statusCode?: unknown }).statusCode === 'number' && 'body' in value
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value
}

async function readBody(body: unknown): Promise<Uint8Array | null> {
  if (body instanceof Uint8Array) return body
  if (!isAsyncIterable(body)) return null
  const chunks: Uint8Array[] = []
  for await (const chunk of body) chunks.push(chunk)
  return Buffer.concat(chunks)
}

const TAP_NAME = 'snapshotHygienePageTap'

let lastTurn: Promise<void> = Promise.resolve()

/**
 * Waits for this page's turn to be parsed: one page per turn of the event loop, so that between two parses (tens of
 * milliseconds each for 1,000 EBS snapshots) the pages that arrived meanwhile are read and their successors requested.
 * Without it, a burst of pages (every region's first ones) is parsed back to back while the longest chain waits.
 */
function parseTurn(): Promise<void> {
  lastTurn = lastTurn.then(() => new Promise<void>((resolve) => setImmediate(resolve)))
  return lastTurn
}

/** Adds a middleware to one command that hands its successful raw response body to `tap`, then lets the SDK parse it. */
export function withBodyTap<I extends object, O extends object>(command: { middlewareStack: MiddlewareStack<I, O> }, tap: BodyTap): void {
  const middleware: DeserializeMiddleware<I, O> = (next) => async (args) => {
    const result = await next(args)
    const response = result.response
    if (isRawResponse(response) && response.statusCode >= 200 && response.statusCode < 300) {
      const body = await readBody(response.body)
      if (body !== null) {
        response.body = body
        tap(body)
        await parseTurn()
      }
    }
    return result
  }
  // The lowest deserialize middleware is the innermost: it sees the raw response before the SDK's deserializer.
  command.middlewareStack.add(middleware, { step: 'deserialize', priority: 'low', name: TAP_NAME })
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(Number.parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? '')
  )
}

function xmlElement(body: Buffer, name: string): string | undefined {
  const open = `<${name}>`
  const at = body.indexOf(open)
  if (at < 0) return undefined
  const end = body.indexOf(`</${name}>`, at + open.length)
  return end < 0 ? undefined : decodeXml(body.toString('utf8', at + open.length, end))
}

function jsonStringMember(body: Buffer, name: string): string | undefined {
  const at = body.indexOf(`"${name}"`)
  if (at < 0) return undefined
  const rest = /^\s*:\s*("(?:[^"\\]|\\.)*")/.exec(body.toString('utf8', at + name.length + 2, at + name.length + 2 + 65536))
  const literal = rest?.[1]
  return literal === undefined ? undefined : (JSON.parse(literal) as string)
}

/** The next page's token as a raw response body carries it, or undefined when it carries none. */
export function tokenInBody(raw: Uint8Array, format: TokenFormat): string | undefined {
  const body = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)
  const token = format === 'ec2' ? xmlElement(body, 'nextToken') : format === 'query-marker' ? xmlElement(body, 'Marker') : jsonStringMember(body, 'NextToken')
  return token === '' ? undefined : token
}

interface Pending<Out> {
  output: Promise<Out>
  /** The token read early from the raw body: null until the body arrived, undefined when it holds none. */
  early: string | undefined | null
  /** Whether the page after this one was already requested (with `early`). */
  followed: boolean
}

/**
 * Yields the outputs of every page in order. Up to `ahead` pages are requested before the caller takes them, each
 * as soon as the page before it arrives; so memory holds at most `ahead` + 1 pages per listing.
 */
export async function* pipelinedPages<Out>(call: PagedCall<Out>, ahead = 2): AsyncGenerator<Out> {
  const queue: Pending<Out>[] = []
  const start = (token: string | undefined): Pending<Out> => {
    let page: Pending<Out> | undefined
    const output = call.send(token, (body) => {
      if (page === undefined || page.early !== null) return
      page.early = tokenInBody(body, call.format)
      followEarly()
    })
    output.catch(() => undefined) // an early request the caller no longer wants must not crash the process
    page = { output, early: null, followed: false }
    return page
  }
  const followEarly = (): void => {
    let last = queue[queue.length - 1]
    while (last !== undefined && !last.followed && typeof last.early === 'string' && queue.length < ahead) {
      last.followed = true
      last = start(last.early)
      queue.push(last)
    }
  }
  queue.push(start(undefined))
  while (queue.length > 0) {
    const page = queue[0] as Pending<Out>
    const out = await page.output
    queue.shift()
    const token = call.next(out) || undefined
    if (page.followed && token !== page.early) queue.length = 0 // the early read was wrong: drop what followed it
    if (token !== undefined && (!page.followed || queue.length === 0)) {
      page.followed = true
      queue.push(start(token))
    }
    followEarly()
    yield out
  }
}
