/** The contract between the simulator's HTTP layer and its per-service handlers. */
import type { BucketGroup } from './bucket.js'
import type { SimAccount } from './data.js'
import type { Session, SessionStore, SimOrganization } from './organization.js'
import type { WireResponse } from './wire.js'

/** A parsed, SigV4-scoped request. */
export interface SimRequest {
  service: string
  region: string
  method: string
  path: string
  query: URLSearchParams
  form: URLSearchParams
  /** The account whose data answers: the one the signing access key belongs to. */
  account: SimAccount
  /** The raw body (AWS JSON protocols read it). */
  body: string
  /** The organisation being simulated, with the credentials issued and the caller's session; null for a single account. */
  org: OrgContext | null
}

/** What an organisation-aware handler knows about the caller. */
export interface OrgContext {
  organization: SimOrganization
  sessions: SessionStore
  /** The temporary credentials the request was signed with; null for the starting (management account) credentials. */
  session: Session | null
}

/** A handler's answer; `depth` is this page's place (1-based) in its chain of dependent page requests. */
export interface Answer {
  response: WireResponse
  depth?: number
}

/** A recognised operation: its name, the bucket it draws on (null: none), and how to answer it. */
export interface Route {
  action: string
  bucket: BucketGroup | null
  /** The listing this call pages through, for chain statistics (e.g. `DescribeSnapshots` or `ListRecoveryPointsByBackupVault/Default`). */
  listing?: string
  handle: () => Answer
}

/** A pagination cursor: where the next page starts and how many pages came before it. */
export interface Cursor {
  cursor: number
  depth: number
}

/** Encodes a cursor as an opaque token. */
export function encodeToken(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ c: cursor.cursor, d: cursor.depth })).toString('base64url')
}

/** Decodes a token from encodeToken; null when it is not one. */
export function decodeToken(token: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
    if (typeof parsed !== 'object' || parsed === null) return null
    const { c, d } = parsed as { c?: unknown; d?: unknown }
    return Number.isInteger(c) && Number.isInteger(d) ? { cursor: Number(c), depth: Number(d) } : null
  } catch {
    return null
  }
}

/** The values of a query-protocol list parameter (`Name.1`, `Name.2`, ...). */
export function listParam(form: URLSearchParams, name: string): string[] {
  const values: string[] = []
  for (let i = 1; form.has(`${name}.${i}`); i++) values.push(form.get(`${name}.${i}`) ?? '')
  return values
}

/** Parses an integer parameter; undefined when absent, NaN when malformed. */
export function intParam(value: string | null): number | undefined {
  if (value === null) return undefined
  return /^-?\d+$/.test(value) ? Number(value) : Number.NaN
}

/** Compiles an AWS filter pattern (`*` and `?` wildcards) into a matcher. */
export function compileGlob(pattern: string): (value: string) => boolean {
  if (!/[*?]/.test(pattern)) return (value) => value === pattern
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  const regex = new RegExp(`^${source}$`, 's')
  return (value) => regex.test(value)
}
