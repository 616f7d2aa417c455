/**
 * Calls that an endpoint may not implement: an emulator (or an older partition) answering a newer EC2 action with an
 * HTML error page instead of an AWS error document. Such an answer is not retried, and it is told apart from AWS's own
 * errors, so that a setting the endpoint cannot report is a notice rather than a long retry or a silent pass.
 */
import type { FinalizeRequestMiddleware, MiddlewareStack } from '@smithy/types'

/** The error a call ends with when the endpoint answered with something that is not an AWS error document. */
export class UnimplementedError extends Error {
  override readonly name = 'UnimplementedError'
}

/** HTTP status of an SDK error, or 0. */
function statusOf(err: unknown): number {
  const meta = (err as { $metadata?: { httpStatusCode?: unknown } } | null)?.$metadata
  return typeof meta?.httpStatusCode === 'number' ? meta.httpStatusCode : 0
}

/**
 * Whether an SDK error is the endpoint not knowing the action: a 500 or 501 whose body the SDK could not read as an
 * AWS error (no error code), or an UnimplementedError.
 */
export function isUnimplemented(err: unknown): boolean {
  if (err instanceof UnimplementedError) return true
  if (!(err instanceof Error)) return false
  const status = statusOf(err)
  return (
    (status === 500 || status === 501) && (err.name === 'Error' || err.name === '') && /parse error/i.test(err.message)
  )
}

/** What an error says in one line: an unimplemented action is named as such. */
export function unimplementedMessage(action: string): string {
  return `the endpoint does not implement ${action} (it answered with a page that is not an AWS error)`
}

/**
 * Stops the SDK retrying a call the endpoint does not implement: inside the retry loop, such an answer becomes an
 * UnimplementedError, which the retry strategy treats as a client error.
 */
export function failFastWhenUnimplemented<I extends object, O extends object>(
  command: { middlewareStack: MiddlewareStack<I, O> },
  action: string
): void {
  const failFast: FinalizeRequestMiddleware<I, O> = (next) => async (args) => {
    try {
      return await next(args)
    } catch (err) {
      if (!(err instanceof UnimplementedError) && isUnimplemented(err))
        // No cause: the SDK's retry decision looks through causes and would see the 500 again.
        throw new UnimplementedError(unimplementedMessage(action))
      throw err
    }
  }
  command.middlewareStack.addRelativeTo(failFast, {
    relation: 'after',
    toMiddleware: 'retryMiddleware',
    name: `${action}FailFast`,
    override: true
  })
}
