import { describe, expect, it } from 'vitest'
import { ThrottleRetryError, TokenBucketPacer, backoffDelay, withThrottleRetry } from '../../src/pacer.js'
import type { Pacer } from '../../src/pacer.js'
import { FakeClock, flushMicrotasks } from '../helpers/fake-clock.js'
import { HOUR_MS } from '../../src/clock.js'

const START = Date.UTC(2026, 0, 1)

function setup(burst = 100, refillPerSecond = 5): { clock: FakeClock; pacer: TokenBucketPacer } {
  const clock = new FakeClock(START)
  return { clock, pacer: new TokenBucketPacer({ burst, refillPerSecond, clock }) }
}

/** Starts n takes and records, for each, the virtual ms at which it resolved. */
function takeMany(pacer: TokenBucketPacer, clock: FakeClock, n: number): Array<number | undefined> {
  const times: Array<number | undefined> = new Array<number | undefined>(n).fill(undefined)
  for (let i = 0; i < n; i++) {
    void pacer.take().then(() => {
      times[i] = clock.elapsedSince(START)
    })
  }
  return times
}

class ThrottleError extends Error {
  override name = 'ThrottlingException'
}

const isThrottle = (err: unknown): boolean => err instanceof ThrottleError

/** A pacer that never waits, recording calls. */
function recordingPacer(): Pacer & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    take: () => {
      calls.push('take')
      return Promise.resolve()
    },
    penalize: (ms?: number) => {
      calls.push(`penalize(${ms ?? ''})`)
    }
  }
}

describe('TokenBucketPacer', () => {
  it('grants the whole burst at once, then one token per refill interval', async () => {
    const { clock, pacer } = setup()
    const times = takeMany(pacer, clock, 103)
    await flushMicrotasks()
    expect(times.slice(0, 100)).toEqual(new Array(100).fill(0))
    expect(times.slice(100)).toEqual([undefined, undefined, undefined])
    await clock.advance(199)
    expect(times[100]).toBeUndefined()
    await clock.advance(1)
    expect(times[100]).toBe(200)
    await clock.runAll()
    expect(times.slice(100)).toEqual([200, 400, 600])
  })

  it('serves exactly 5 per second after the burst', async () => {
    const { clock, pacer } = setup()
    const times = takeMany(pacer, clock, 150)
    await clock.runAll()
    const after = times.slice(100)
    expect(after).toEqual(Array.from({ length: 50 }, (_, k) => (k + 1) * 200))
    for (let second = 1; second <= 10; second++) {
      expect(after.filter((t) => t !== undefined && t > (second - 1) * 1000 && t <= second * 1000)).toHaveLength(5)
    }
  })

  it('finishes 250 concurrent takes at (250 - 100) / 5 = 30 virtual seconds', async () => {
    const { clock, pacer } = setup()
    const all = Promise.all(Array.from({ length: 250 }, () => pacer.take()))
    const end = await clock.runAll()
    await all
    expect(end - START).toBe(30_000)
    expect(pacer.waiting).toBe(0)
  })

  it('never grants more than burst + refill earned so far', async () => {
    const { clock, pacer } = setup(10, 3)
    const times = takeMany(pacer, clock, 60)
    await clock.runAll()
    const sorted = times.map((t) => t ?? Number.NaN).sort((a, b) => a - b)
    sorted.forEach((t, i) => {
      expect(i + 1).toBeLessThanOrEqual(10 + Math.floor((t * 3) / 1000))
    })
    expect(sorted.every((t) => Number.isFinite(t))).toBe(true)
  })

  it('serves callers first in, first out, including callers that arrive while others wait', async () => {
    const { clock, pacer } = setup(2, 5)
    const order: string[] = []
    const take = (name: string): Promise<void> => pacer.take().then(() => void order.push(name))
    const first = [take('a'), take('b'), take('c'), take('d')]
    await clock.advance(100)
    const later = [take('e'), take('f')]
    await clock.runAll()
    await Promise.all([...first, ...later])
    expect(order).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
    expect(clock.elapsedSince(START)).toBe(800)
  })

  it('refills fractionally: half an interval idle leaves half a wait', async () => {
    const { clock, pacer } = setup(1, 5)
    await pacer.take()
    await clock.advance(120)
    const times = takeMany(pacer, clock, 1)
    await clock.runAll()
    expect(times).toEqual([200])
  })

  it('caps the bucket at burst however long it idles', async () => {
    const { clock, pacer } = setup()
    await clock.advance(HOUR_MS)
    const t0 = clock.elapsedSince(START)
    const times = takeMany(pacer, clock, 101)
    await clock.runAll()
    expect(times.slice(0, 100).every((t) => t === t0)).toBe(true)
    expect(times[100]).toBe(t0 + 200)
    expect(pacer.available()).toBeCloseTo(0, 9)
  })

  it('penalize() drains the bucket so the next take waits for refill', async () => {
    const { clock, pacer } = setup()
    for (let i = 0; i < 40; i++) await pacer.take()
    expect(pacer.available()).toBe(60)
    pacer.penalize()
    expect(pacer.available()).toBe(0)
    const times = takeMany(pacer, clock, 2)
    await clock.runAll()
    expect(times).toEqual([200, 400])
  })

  it('penalize(ms) also pauses refill for ms', async () => {
    const { clock, pacer } = setup()
    pacer.penalize(1000)
    await clock.advance(500)
    expect(pacer.available()).toBe(0)
    const times = takeMany(pacer, clock, 1)
    await clock.runAll()
    expect(times).toEqual([1200])
  })

  it('a penalty while a caller already waits pushes that caller back', async () => {
    const { clock, pacer } = setup(1, 5)
    await pacer.take()
    const times = takeMany(pacer, clock, 1)
    await clock.advance(150)
    pacer.penalize(500)
    await clock.runAll()
    expect(times).toEqual([150 + 500 + 200])
  })

  it('rejects queued callers if the clock fails, and keeps working afterwards', async () => {
    const clock = new FakeClock(START)
    let fail = true
    const flaky = {
      now: () => clock.now(),
      sleep: (ms: number) => (fail ? Promise.reject(new Error('timer broke')) : clock.sleep(ms))
    }
    const pacer = new TokenBucketPacer({ burst: 1, refillPerSecond: 1, clock: flaky })
    await pacer.take()
    await expect(pacer.take()).rejects.toThrow('timer broke')
    fail = false
    const next = pacer.take()
    await clock.runAll()
    await expect(next).resolves.toBeUndefined()
  })

  it('rejects nonsensical options', () => {
    const clock = new FakeClock()
    expect(() => new TokenBucketPacer({ burst: 0, refillPerSecond: 5, clock })).toThrow(RangeError)
    expect(() => new TokenBucketPacer({ burst: 10, refillPerSecond: 0, clock })).toThrow(RangeError)
    expect(() => new TokenBucketPacer({ burst: Number.NaN, refillPerSecond: 5, clock })).toThrow(RangeError)
  })
})

describe('backoffDelay', () => {
  const opts = { baseDelayMs: 100, maxDelayMs: 1000 }

  it('is full jitter under an exponentially growing, capped ceiling', () => {
    expect(backoffDelay(1, { ...opts, random: () => 0 })).toBe(0)
    expect(backoffDelay(1, { ...opts, random: () => 0.5 })).toBe(50)
    expect(backoffDelay(2, { ...opts, random: () => 0.5 })).toBe(100)
    expect(backoffDelay(3, { ...opts, random: () => 0.5 })).toBe(200)
    expect(backoffDelay(5, { ...opts, random: () => 0.5 })).toBe(500)
    expect(backoffDelay(6, { ...opts, random: () => 0.5 })).toBe(500)
    expect(backoffDelay(60, { ...opts, random: () => 0.999 })).toBe(999)
  })

  it('stays within [0, cap) for Math.random', () => {
    for (let i = 0; i < 200; i++) {
      const d = backoffDelay(3, opts)
      expect(d).toBeGreaterThanOrEqual(0)
      expect(d).toBeLessThan(400)
    }
  })
})

describe('withThrottleRetry', () => {
  const base = { isThrottle, baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.5 }

  it('returns the first result without sleeping', async () => {
    const clock = new FakeClock()
    const pacer = recordingPacer()
    const result = await withThrottleRetry(() => Promise.resolve(42), { ...base, pacer, clock, maxAttempts: 3 })
    expect(result).toBe(42)
    expect(pacer.calls).toEqual(['take'])
    expect(clock.sleeps).toEqual([])
  })

  it('retries throttles with backoff, draining the pacer and taking a token before each attempt', async () => {
    const clock = new FakeClock()
    const pacer = recordingPacer()
    let calls = 0
    const fn = (): Promise<string> =>
      ++calls <= 2 ? Promise.reject(new ThrottleError('slow down')) : Promise.resolve('ok')
    const run = withThrottleRetry(fn, { ...base, pacer, clock, maxAttempts: 5 })
    await clock.runAll()
    await expect(run).resolves.toBe('ok')
    expect(calls).toBe(3)
    expect(clock.sleeps).toEqual([50, 100])
    expect(pacer.calls).toEqual(['take', 'penalize()', 'take', 'penalize()', 'take'])
  })

  it('gives up after maxAttempts, wrapping the last error with context', async () => {
    const clock = new FakeClock()
    const pacer = recordingPacer()
    let calls = 0
    const fn = (): Promise<never> => Promise.reject(new ThrottleError(`throttled #${++calls}`))
    const run = withThrottleRetry(fn, {
      ...base,
      pacer,
      clock,
      maxAttempts: 4,
      label: 'DeleteSnapshot snap-1 in eu-west-1'
    })
    const settled = run.catch((err: unknown) => err)
    await clock.runAll()
    const err = await settled
    expect(err).toBeInstanceOf(ThrottleRetryError)
    const wrapped = err as ThrottleRetryError
    expect(wrapped.message).toBe(
      'DeleteSnapshot snap-1 in eu-west-1: still throttled after 4 attempts: ThrottlingException: throttled #4'
    )
    expect(wrapped.attempts).toBe(4)
    expect(wrapped.cause).toBeInstanceOf(ThrottleError)
    expect((wrapped.cause as Error).message).toBe('throttled #4')
    expect(calls).toBe(4)
    expect(clock.sleeps).toEqual([50, 100, 200])
    expect(pacer.calls.filter((c) => c === 'take')).toHaveLength(4)
  })

  it('does not retry errors that are not throttles', async () => {
    const clock = new FakeClock()
    const pacer = recordingPacer()
    const boom = new Error('InvalidSnapshot.InUse')
    let calls = 0
    const run = withThrottleRetry(
      () => {
        calls++
        return Promise.reject(boom)
      },
      { ...base, pacer, clock, maxAttempts: 5 }
    )
    await expect(run).rejects.toBe(boom)
    expect(calls).toBe(1)
    expect(clock.sleeps).toEqual([])
    expect(pacer.calls).toEqual(['take'])
  })

  it('with maxAttempts 1 makes a single attempt and never sleeps', async () => {
    const clock = new FakeClock()
    const run = withThrottleRetry(() => Promise.reject(new ThrottleError('no')), {
      ...base,
      pacer: recordingPacer(),
      clock,
      maxAttempts: 1
    })
    await expect(run).rejects.toThrow('request: still throttled after 1 attempt: ThrottlingException: no')
    expect(clock.sleeps).toEqual([])
  })

  it('rejects maxAttempts below 1 without calling fn', async () => {
    let called = false
    const run = withThrottleRetry(
      () => {
        called = true
        return Promise.resolve(1)
      },
      { ...base, pacer: recordingPacer(), clock: new FakeClock(), maxAttempts: 0 }
    )
    await expect(run).rejects.toThrow(RangeError)
    expect(called).toBe(false)
  })

  it('with a real bucket, a throttle makes the next request wait for refill', async () => {
    const clock = new FakeClock(START)
    const pacer = new TokenBucketPacer({ burst: 100, refillPerSecond: 5, clock })
    const attempts: number[] = []
    const fn = (): Promise<string> => {
      attempts.push(clock.elapsedSince(START))
      return attempts.length === 1 ? Promise.reject(new ThrottleError('slow')) : Promise.resolve('done')
    }
    const run = withThrottleRetry(fn, { ...base, random: () => 0, pacer, clock, maxAttempts: 3 })
    await clock.runAll()
    await expect(run).resolves.toBe('done')
    expect(attempts).toEqual([0, 200])
  })
})
