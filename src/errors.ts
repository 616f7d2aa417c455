/** The message of anything thrown, on one line. */
export function errorMessage(err: unknown): string {
  const raw = err instanceof Error ? err.message || err.name : String(err)
  const name =
    err instanceof Error && err.name && err.name !== 'Error' && err.name !== 'InputError' && !raw.includes(err.name)
      ? `${err.name}: `
      : ''
  return `${name}${raw}`.replace(/\s*\n\s*/g, ' ').trim() || 'unknown error'
}

/** The AWS error code of an SDK error (its name), or '' for anything else. */
export function errorCode(err: unknown): string {
  if (typeof err !== 'object' || err === null) return ''
  const named = err as { name?: unknown; Code?: unknown }
  if (typeof named.Code === 'string') return named.Code
  return typeof named.name === 'string' ? named.name : ''
}

const THROTTLE_CODES = new Set([
  'RequestLimitExceeded',
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'EC2ThrottledException'
])

/** Whether an SDK error is AWS throttling the caller. */
export function isThrottle(err: unknown): boolean {
  if (THROTTLE_CODES.has(errorCode(err))) return true
  const meta = (err as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata
  return meta?.httpStatusCode === 429
}

const TRANSIENT_CODES = new Set([
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
  'InternalError',
  'InternalFailure',
  'ServiceUnavailable',
  'Unavailable',
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN'
])

/** Whether an error is worth trying again later: throttling, a server error (5xx), a timeout or a dropped connection. */
export function isTransient(err: unknown): boolean {
  if (isThrottle(err)) return true
  if (TRANSIENT_CODES.has(errorCode(err))) return true
  const code = (err as { code?: unknown } | null)?.code
  if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true
  const status = (err as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode
  return status !== undefined && status >= 500
}
