/** AWS Organizations (AWS JSON 1.1) handler: ListAccounts, paged by MaxResults (1-20) and NextToken. */
import { decodeToken, encodeToken, type Answer, type Route, type SimRequest } from './route.js'
import { errorResponse, requestId } from './wire.js'

/** The most accounts one ListAccounts page holds (and the default page size). */
export const LIST_ACCOUNTS_MAX = 20

function fail(status: number, code: string, message: string, extra: Record<string, string> = {}): Answer {
  const response = errorResponse('organizations', status, code, message)
  if (Object.keys(extra).length === 0) return { response }
  return {
    response: {
      ...response,
      body: JSON.stringify({ ...(JSON.parse(response.body) as Record<string, unknown>), ...extra })
    }
  }
}

function invalidInput(reason: string, message: string): Answer {
  return fail(400, 'InvalidInputException', message, { Reason: reason })
}

function listAccounts(req: SimRequest): Answer {
  const org = req.org
  if (org === null)
    return fail(400, 'AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.')
  // Only the management account (or a delegated administrator) may list the organisation's accounts.
  if (org.session !== null || req.account.accountId !== org.organization.managementAccountId) {
    return fail(400, 'AccessDeniedException', 'You don’t have permissions to access this resource.')
  }
  let input: { MaxResults?: unknown; NextToken?: unknown }
  try {
    input = req.body === '' ? {} : (JSON.parse(req.body) as { MaxResults?: unknown; NextToken?: unknown })
  } catch {
    return fail(400, 'SerializationException', 'Start of structure or map found where not expected.')
  }
  const max = input.MaxResults ?? LIST_ACCOUNTS_MAX
  if (typeof max !== 'number' || !Number.isInteger(max))
    return fail(400, 'SerializationException', 'MaxResults must be an integer')
  if (max < 1)
    return invalidInput(
      'MIN_VALUE_EXCEEDED',
      'You provided a value that does not match the required pattern or is below the minimum: MaxResults must be at least 1.'
    )
  if (max > LIST_ACCOUNTS_MAX)
    return invalidInput(
      'MAX_VALUE_EXCEEDED',
      `You provided a value that exceeds the maximum: MaxResults must be at most ${LIST_ACCOUNTS_MAX}.`
    )
  const token =
    input.NextToken === undefined
      ? { cursor: 0, depth: 0 }
      : typeof input.NextToken === 'string'
        ? decodeToken(input.NextToken)
        : null
  if (token === null) return invalidInput('INVALID_PAGINATION_TOKEN', 'The pagination token you provided is not valid.')
  const organization = org.organization
  const accounts = organization.accounts
  const end = Math.min(accounts.length, token.cursor + max)
  const depth = token.depth + 1
  const page = accounts.slice(token.cursor, end).map((a) => ({
    Id: a.id,
    Arn: `arn:aws:organizations::${organization.managementAccountId}:account/${organization.id}/${a.id}`,
    Email: a.email,
    Name: a.name,
    Status: a.state,
    State: a.state,
    JoinedMethod: a.joinedMethod,
    JoinedTimestamp: a.joinedAt.getTime() / 1000
  }))
  const body = JSON.stringify({
    Accounts: page,
    ...(end < accounts.length ? { NextToken: encodeToken({ cursor: end, depth }) } : {})
  })
  return {
    response: {
      status: 200,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId() },
      body
    },
    depth
  }
}

/** Resolves an Organizations request (operation from X-Amz-Target) to its route, or null for an unimplemented one. */
export function organizationsRoute(req: SimRequest, action: string): Route | null {
  if (action === 'ListAccounts') return { action, bucket: null, listing: action, handle: () => listAccounts(req) }
  return null
}
