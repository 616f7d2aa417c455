/** STS query-protocol handler: GetCallerIdentity. */
import type { Route, SimRequest } from './route.js'
import { queryNamespace, requestId } from './wire.js'
import { document, leaf, node } from './xml.js'

/** Resolves an STS request to its route, or null for an unimplemented action. */
export function stsRoute(req: SimRequest, action: string): Route | null {
  if (action !== 'GetCallerIdentity') return null
  const id = req.account.accountId
  const result = node('GetCallerIdentityResult', leaf('Arn', `arn:aws:iam::${id}:user/simulated`) + leaf('UserId', 'AIDASIMULATEDUSER') + leaf('Account', id))
  const body = document('GetCallerIdentityResponse', queryNamespace('sts'), result + node('ResponseMetadata', leaf('RequestId', requestId())))
  return { action, bucket: null, handle: () => ({ response: { status: 200, headers: { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId() }, body } }) }
}
