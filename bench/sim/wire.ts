/** Wire-level helpers shared by the simulator and the fault proxy: SigV4 scope, protocols, error bodies, faults. */
import { randomUUID } from 'node:crypto'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRng } from './prng.js'
import { escapeXml } from './xml.js'

/** The region and service a SigV4-signed request is scoped to. */
export interface Scope {
  accessKeyId: string
  region: string
  service: string
}

/** An HTTP answer ready to write. */
export interface WireResponse {
  status: number
  headers: Record<string, string>
  body: string
}

/** How a service encodes requests and errors (`json`: AWS JSON 1.1, POST / with X-Amz-Target, e.g. Organizations). */
export type Protocol = 'ec2' | 'query' | 'rest-json' | 'rest-xml' | 'json'

/** The kinds of injected retryable failure. */
export type FaultKind = 'internal' | 'unavailable' | 'throttle'

/** Seeded fault injection: the fraction of calls to fail, the seed, and optionally the only services to fault. */
export interface FaultOptions {
  rate: number
  seed: number
  services?: string[]
}

/** Services that speak AWS JSON 1.1 (the operation in X-Amz-Target, errors as `__type`). */
const JSON_SERVICES: ReadonlySet<string> = new Set(['organizations'])

/** Services that are not regional: a request is never refused because the account lacks the region it is signed for. */
export const GLOBAL_SERVICES: ReadonlySet<string> = new Set(['sts', 'organizations', 'iam'])

const SCOPE = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/

const QUERY_NAMESPACES: Record<string, string> = {
  rds: 'http://rds.amazonaws.com/doc/2014-10-31/',
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/'
}

/** Reads the SigV4 credential scope from an Authorization header; null when absent or malformed. */
export function parseScope(authorization: string | undefined): Scope | null {
  const match = authorization === undefined ? null : SCOPE.exec(authorization)
  if (match === null) return null
  const [, accessKeyId = '', region = '', service = ''] = match
  return { accessKeyId, region, service }
}

/** The wire protocol a service speaks. */
export function protocolOf(service: string): Protocol {
  if (service === 'ec2') return 'ec2'
  if (service === 's3') return 'rest-xml'
  if (JSON_SERVICES.has(service)) return 'json'
  if (service in QUERY_NAMESPACES || service === 'sns' || service === 'sqs') return 'query'
  return 'rest-json'
}

/** The XML namespace of a query-protocol service's responses. */
export function queryNamespace(service: string): string {
  return QUERY_NAMESPACES[service] ?? `https://${service}.amazonaws.com/doc/`
}

/** A fresh request id. */
export function requestId(): string {
  return randomUUID()
}

/** An error answer in the service's own wire format, shaped so the SDK reads the code. */
export function errorResponse(service: string, status: number, code: string, message: string): WireResponse {
  const id = requestId()
  const xmlHeaders = { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': id }
  const msg = escapeXml(message)
  switch (protocolOf(service)) {
    case 'ec2':
      return {
        status,
        headers: xmlHeaders,
        body: `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${msg}</Message></Error></Errors><RequestID>${id}</RequestID></Response>`
      }
    case 'query': {
      const type = status >= 500 ? 'Receiver' : 'Sender'
      const body = `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="${queryNamespace(service)}"><Error><Type>${type}</Type><Code>${code}</Code><Message>${msg}</Message></Error><RequestId>${id}</RequestId></ErrorResponse>`
      return { status, headers: xmlHeaders, body }
    }
    case 'rest-xml':
      return {
        status,
        headers: { 'content-type': 'application/xml', 'x-amz-request-id': id },
        body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${msg}</Message><RequestId>${id}</RequestId><HostId>${id}</HostId></Error>`
      }
    case 'rest-json':
      return {
        status,
        headers: { 'content-type': 'application/json', 'x-amzn-errortype': code, 'x-amzn-requestid': id },
        body: JSON.stringify({ Code: code, Message: message })
      }
    case 'json':
      return {
        status,
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': id },
        body: JSON.stringify({ __type: code, Message: message })
      }
  }
}

/** The service's real throttling answer (EC2 RequestLimitExceeded 503, query Throttling 400, REST-JSON 429, S3 SlowDown 503). */
export function throttleResponse(service: string): WireResponse {
  // The EBS direct APIs name their own throttling error.
  if (service === 'ebs') return errorResponse(service, 400, 'RequestThrottledException', 'Rate exceeded')
  switch (protocolOf(service)) {
    case 'ec2':
      return errorResponse(service, 503, 'RequestLimitExceeded', 'Request limit exceeded.')
    case 'query':
      return errorResponse(service, 400, 'Throttling', 'Rate exceeded')
    case 'rest-xml':
      return errorResponse(service, 503, 'SlowDown', 'Please reduce your request rate.')
    case 'rest-json':
      return errorResponse(service, 429, 'ThrottlingException', 'Rate exceeded')
    case 'json':
      return errorResponse(
        service,
        400,
        'TooManyRequestsException',
        'You have sent too many requests in too short a period of time. Try again later.'
      )
  }
}

/** A retryable injected failure of the given kind, in the service's wire format. */
export function faultResponse(service: string, kind: FaultKind): WireResponse {
  if (kind === 'throttle') return throttleResponse(service)
  const protocol = protocolOf(service)
  if (kind === 'internal') {
    const code = protocol === 'ec2' || protocol === 'rest-xml' ? 'InternalError' : 'InternalFailure'
    return errorResponse(service, 500, code, 'An internal error has occurred.')
  }
  const code =
    protocol === 'ec2'
      ? 'Unavailable'
      : protocol === 'rest-json' || protocol === 'json'
        ? 'ServiceUnavailableException'
        : 'ServiceUnavailable'
  return errorResponse(service, 503, code, 'The service is unavailable. Please try again shortly.')
}

/** The answer for a region that is down or denied (EC2 UnauthorizedOperation, otherwise AccessDenied), all 403. */
export function deniedResponse(service: string): WireResponse {
  const protocol = protocolOf(service)
  const code =
    protocol === 'ec2'
      ? 'UnauthorizedOperation'
      : protocol === 'rest-json' || protocol === 'json'
        ? 'AccessDeniedException'
        : 'AccessDenied'
  return errorResponse(service, 403, code, 'You are not authorized to perform this operation.')
}

/** The answer to a request signed with an access key AWS does not know (EC2 AuthFailure 401, others 403). */
export function invalidKeyResponse(service: string): WireResponse {
  switch (protocolOf(service)) {
    case 'ec2':
      return errorResponse(service, 401, 'AuthFailure', 'AWS was not able to validate the provided access credentials')
    case 'query':
      return errorResponse(
        service,
        403,
        'InvalidClientTokenId',
        'The security token included in the request is invalid.'
      )
    case 'rest-xml':
      return errorResponse(
        service,
        403,
        'InvalidAccessKeyId',
        'The AWS Access Key Id you provided does not exist in our records.'
      )
    case 'rest-json':
    case 'json':
      return errorResponse(
        service,
        403,
        'UnrecognizedClientException',
        'The security token included in the request is invalid.'
      )
  }
}

/** The service's answer to an operation it does not know. */
export function unknownOperationResponse(service: string, action: string): WireResponse {
  if (protocolOf(service) === 'json')
    return errorResponse(service, 400, 'UnknownOperationException', `Unknown operation ${action}`)
  if (protocolOf(service) === 'rest-json')
    return errorResponse(service, 404, 'UnknownOperationException', `Unknown operation ${action}`)
  return errorResponse(service, 400, 'InvalidAction', `The action ${action} is not valid for this web service.`)
}

/** The Action parameter of a query-protocol form body, or null. */
export function queryAction(body: string): string | null {
  return new URLSearchParams(body).get('Action')
}

/** Decides, call by call and deterministically for a seed and call order, which calls fail and how. */
export class FaultPicker {
  private readonly rng: () => number
  private readonly services: ReadonlySet<string> | null

  constructor(private readonly options: FaultOptions) {
    this.rng = createRng(options.seed)
    this.services = options.services === undefined ? null : new Set(options.services)
  }

  /** The fault for this call, or null when it should go through. */
  pick(service: string): FaultKind | null {
    if (this.options.rate <= 0 || (this.services !== null && !this.services.has(service))) return null
    if (this.rng() >= this.options.rate) return null
    const kinds: FaultKind[] = ['internal', 'unavailable', 'throttle']
    return kinds[Math.floor(this.rng() * kinds.length)] ?? 'internal'
  }
}

/** Starts a server on 127.0.0.1 (port 0: a free one) and returns the port it listens on. */
export async function listenOnLoopback(server: Server, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      resolve()
    })
  })
  return (server.address() as AddressInfo).port
}
