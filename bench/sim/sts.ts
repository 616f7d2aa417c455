/** STS query-protocol handler: GetCallerIdentity, and AssumeRole into the accounts of a simulated organisation. */
import { hash32, hashString, hex } from './prng.js'
import type { Answer, Route, SimRequest } from './route.js'
import { errorResponse, queryNamespace, requestId } from './wire.js'
import { document, leaf, node } from './xml.js'

const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/

function ok(action: string, result: string): Answer {
  const body = document(
    `${action}Response`,
    queryNamespace('sts'),
    node(`${action}Result`, result) + node('ResponseMetadata', leaf('RequestId', requestId()))
  )
  return {
    response: {
      status: 200,
      headers: { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId() },
      body
    }
  }
}

function fail(status: number, code: string, message: string): Answer {
  return { response: errorResponse('sts', status, code, message) }
}

/** The unique id AWS gives a role (`AROA` + 17 characters), derived from the account and role name. */
function roleId(accountId: string, roleName: string): string {
  const h = hashString(`${accountId}/${roleName}`)
  return `AROA${hex(h, 8)}${hex(hash32(h, 1), 8)}X`.toUpperCase()
}

/** Who signed the request: the starting credentials (a user of the account) or a session AssumeRole issued. */
function callerArn(req: SimRequest): { arn: string; userId: string; account: string } {
  const session = req.org?.session ?? null
  if (session === null)
    return {
      arn: `arn:aws:iam::${req.account.accountId}:user/simulated`,
      userId: 'AIDASIMULATEDUSER',
      account: req.account.accountId
    }
  return {
    arn: `arn:aws:sts::${session.accountId}:assumed-role/${session.roleName}/${session.sessionName}`,
    userId: `${roleId(session.accountId, session.roleName)}:${session.sessionName}`,
    account: session.accountId
  }
}

function getCallerIdentity(req: SimRequest): Answer {
  const me = callerArn(req)
  return ok('GetCallerIdentity', leaf('Arn', me.arn) + leaf('UserId', me.userId) + leaf('Account', me.account))
}

function assumeRole(req: SimRequest): Answer {
  const org = req.org
  if (org === null) throw new Error('AssumeRole needs an organisation')
  const roleArn = req.form.get('RoleArn') ?? ''
  const sessionName = req.form.get('RoleSessionName') ?? ''
  const durationText = req.form.get('DurationSeconds')
  const duration = durationText === null ? 3600 : Number(durationText)
  if (roleArn.length < 20)
    return fail(
      400,
      'ValidationError',
      "1 validation error detected: Value at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20"
    )
  if (!SESSION_NAME.test(sessionName))
    return fail(
      400,
      'ValidationError',
      "1 validation error detected: Value at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"
    )
  if (!Number.isInteger(duration) || duration < 900 || duration > 43_200)
    return fail(
      400,
      'ValidationError',
      "1 validation error detected: Value at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200"
    )
  // Role chaining (a session assuming another role) is limited to one hour.
  if (org.session !== null && duration > 3600)
    return fail(
      400,
      'ValidationError',
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'
    )
  const match = ROLE_ARN.exec(roleArn)
  const accountId = match?.[1] ?? ''
  const roleName = match?.[2] ?? ''
  if (match === null || !org.organization.hasRole(accountId, roleName)) {
    return fail(
      403,
      'AccessDenied',
      `User: ${callerArn(req).arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`
    )
  }
  const s = org.sessions.issue(accountId, roleName, sessionName, duration)
  const credentials = node(
    'Credentials',
    leaf('AccessKeyId', s.accessKeyId) +
      leaf('SecretAccessKey', s.secretAccessKey) +
      leaf('SessionToken', s.sessionToken) +
      leaf('Expiration', s.expiration)
  )
  const user = node(
    'AssumedRoleUser',
    leaf('AssumedRoleId', `${roleId(accountId, roleName)}:${sessionName}`) +
      leaf('Arn', `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`)
  )
  return ok('AssumeRole', user + credentials)
}

/** Resolves an STS request to its route, or null for an unimplemented action (AssumeRole needs an organisation). */
export function stsRoute(req: SimRequest, action: string): Route | null {
  if (action === 'GetCallerIdentity') return { action, bucket: null, handle: () => getCallerIdentity(req) }
  if (action === 'AssumeRole' && req.org !== null) return { action, bucket: null, handle: () => assumeRole(req) }
  return null
}
