/**
 * Client-side request pacing for AWS APIs that meter calls with a token bucket
 * (for example EC2 DeleteSnapshot: a burst of 100, refilled at 5 per second per region).
 * All time goes through an injected {@link Clock}, so tests run on virtual time.
 */
import type { Clock } from './clock.js'

/** A request bucket's pacing per account and region: burst and refill per second. */
export interface DeletePacing {
  burst: number
  refillPerSecond: number
}

/** What {@link withThrottleRetry} needs from a pacer: take a token, and back off after a throttle. */
export interface Pacer {
  take(): Promise<void>
  penalize(pauseMs?: number): void
}

/** Options of {@link TokenBucketPacer}. */
export interface TokenBucketOptions {
  /** Bucket capacity, and the tokens available at construction. */
  burst: number
  /** Tokens added per second, continuously. */
  refillPerSecond: number
  clock: Clock
}

/** Float slack, so that rounding in fractional refills never costs an extra millisecond. */
const EPSILON = 1e-9

interface Waiter {
  resolve: () => void
  reject: (err: unknown) => void
}

/** A FIFO token bucket: `take()` resolves when a token is granted, and concurrent callers never overdraw. */
export class TokenBucketPacer implements Pacer {
  private readonly burst: number
  private readonly refillPerSecond: number
  private readonly clock: Clock
  private tokens: number
  /** Refill is accounted up to this instant; it lies in the future while a penalty pause lasts. */
  private refilledAt: number
  private readonly queue: Waiter[] = []
  private pumping = false

  /** Creates a full bucket. */
  constructor(opts: TokenBucketOptions) {
    if (!Number.isFinite(opts.burst) || opts.burst < 1) throw new RangeError(`burst must be >= 1, got ${opts.burst}`)
    if (!Number.isFinite(opts.refillPerSecond) || opts.refillPerSecond <= 0) {
      throw new RangeError(`refillPerSecond must be > 0, got ${opts.refillPerSecond}`)
    }
    this.burst = opts.burst
    this.refillPerSecond = opts.refillPerSecond
    this.clock = opts.clock
    this.tokens = opts.burst
    this.refilledAt = opts.clock.now().getTime()
  }

  /** Resolves once a token is granted to this caller, in call order. */
  take(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ resolve, reject })
      if (!this.pumping) void this.pump()
    })
  }

  /** After a throttle: empties the bucket, and stops refill for `pauseMs` more, so refill alone governs what follows. */
  penalize(pauseMs = 0): void {
    const now = this.refill()
    this.tokens = 0
    this.refilledAt = Math.max(this.refilledAt, now + Math.max(0, pauseMs))
  }

  /** Tokens available right now (fractional while refilling); for tests and logs. */
  available(): number {
    this.refill()
    return this.tokens
  }

  /** Callers waiting for a token. */
  get waiting(): number {
    return this.queue.length
  }

  /** The single loop that grants tokens to queued callers, sleeping on the clock while the bucket is empty. */
  private async pump(): Promise<void> {
    this.pumping = true
    try {
      while (this.queue.length > 0) {
        const waitMs = this.msUntilToken()
        if (waitMs > 0) await this.clock.sleep(waitMs)
        else this.grant()
      }
    } catch (err) {
      for (const waiter of this.queue.splice(0)) waiter.reject(err)
    } finally {
      this.pumping = false
    }
  }

  private grant(): void {
    this.tokens -= 1
    this.queue.shift()?.resolve()
  }

  /** 0 when a token is available now, else the milliseconds until one will be. */
  private msUntilToken(): number {
    const now = this.refill()
    if (this.tokens >= 1 - EPSILON) return 0
    const pause = Math.max(0, this.refilledAt - now)
    return pause + Math.ceil(((1 - this.tokens) * 1000) / this.refillPerSecond)
  }

  /** Adds the tokens earned since the last refill; returns the current time in ms. */
  private refill(): number {
    const now = this.clock.now().getTime()
    if (now > this.refilledAt) {
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.refilledAt) * this.refillPerSecond) / 1000)
      this.refilledAt = now
    }
    return now
  }
}

/** Options of {@link withThrottleRetry}. */
export interface ThrottleRetryOptions {
  pacer: Pacer
  /** True for errors that mean "slow down" (e.g. RequestLimitExceeded); other errors are rethrown at once. */
  isThrottle: (err: unknown) => boolean
  /** Attempts in total, the first included (>= 1). */
  maxAttempts: number
  clock: Clock
  /** Backoff cap before jitter for the first retry; doubles on each retry. */
  baseDelayMs: number
  /** Upper bound of the backoff cap. */
  maxDelayMs: number
  /** Uniform in [0, 1); Math.random by default. */
  random?: (() => number) | undefined
  /** What is being attempted, for the give-up message (e.g. "DeleteSnapshot snap-123 in eu-west-1"). */
  label?: string | undefined
}

/** Thrown when every attempt was throttled; `cause` is the last throttling error. */
export class ThrottleRetryError extends Error {
  readonly attempts: number

  /** Wraps the last throttling error with the operation and attempt count. */
  constructor(label: string, attempts: number, cause: unknown) {
    super(`${label}: still throttled after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${describe(cause)}`, {
      cause
    })
    this.name = 'ThrottleRetryError'
    this.attempts = attempts
  }
}

/** Runs `fn`, taking a pacer token before each attempt and retrying throttles with capped exponential backoff and full jitter. */
export async function withThrottleRetry<T>(fn: () => Promise<T>, opts: ThrottleRetryOptions): Promise<T> {
  if (!Number.isSafeInteger(opts.maxAttempts) || opts.maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be an integer >= 1, got ${opts.maxAttempts}`)
  }
  let lastError: unknown
  for (let attempt = 1; attempt <= opts.maxAttempts; attempt++) {
    await opts.pacer.take()
    try {
      return await fn()
    } catch (err) {
      if (!opts.isThrottle(err)) throw err
      lastError = err
      opts.pacer.penalize()
      if (attempt < opts.maxAttempts) await opts.clock.sleep(backoffDelay(attempt, opts))
    }
  }
  throw new ThrottleRetryError(opts.label ?? 'request', opts.maxAttempts, lastError)
}

/** Full jitter: uniform in [0, min(maxDelayMs, baseDelayMs * 2^(attempt-1))), whole milliseconds. */
export function backoffDelay(
  attempt: number,
  opts: Pick<ThrottleRetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>
): number {
  const cap = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (attempt - 1))
  const r = (opts.random ?? Math.random)()
  return Math.floor(Math.min(Math.max(r, 0), 1) * Math.max(cap, 0))
}

function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`
  return String(err)
}
