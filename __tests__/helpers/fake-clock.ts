import type { Clock } from '../../src/clock.js'

interface Timer {
  at: number
  seq: number
  resolve: () => void
}

/** Lets every pending promise callback run (a macrotask turn drains the microtask queue). */
export function flushMicrotasks(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** A virtual clock: time moves only when a test advances it, and sleeps resolve in due-time order. */
export class FakeClock implements Clock {
  private t: number
  private seq = 0
  private timers: Timer[] = []
  /** Every sleep requested, in ms, in call order. */
  readonly sleeps: number[] = []

  /** Starts at the given instant (default 2026-01-01T00:00:00Z). */
  constructor(start: Date | number = Date.UTC(2026, 0, 1)) {
    this.t = typeof start === 'number' ? start : start.getTime()
  }

  /** The current virtual time. */
  now(): Date {
    return new Date(this.t)
  }

  /** Resolves when virtual time reaches now + ms. */
  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms)
    return new Promise((resolve) => {
      this.timers.push({ at: this.t + Math.max(0, ms), seq: this.seq++, resolve })
    })
  }

  /** Virtual milliseconds since the given start. */
  elapsedSince(start: Date | number): number {
    return this.t - (typeof start === 'number' ? start : start.getTime())
  }

  /** Number of sleeps not yet resolved. */
  get pendingTimers(): number {
    return this.timers.length
  }

  /** Moves time forward by ms, firing due timers in order and letting their continuations run. */
  async advance(ms: number): Promise<void> {
    const target = this.t + ms
    await flushMicrotasks()
    for (let next = this.nextTimer(); next && next.at <= target; next = this.nextTimer()) {
      this.fire(next)
      await flushMicrotasks()
    }
    this.t = Math.max(this.t, target)
  }

  /** Fires timers until none is left (guarded against endless loops); returns the virtual time reached. */
  async runAll(maxTimers = 1_000_000): Promise<number> {
    await flushMicrotasks()
    for (let fired = 0, next = this.nextTimer(); next; next = this.nextTimer()) {
      if (++fired > maxTimers) throw new Error(`FakeClock.runAll: more than ${maxTimers} timers`)
      this.fire(next)
      await flushMicrotasks()
    }
    return this.t
  }

  private nextTimer(): Timer | undefined {
    let best: Timer | undefined
    for (const timer of this.timers) {
      if (!best || timer.at < best.at || (timer.at === best.at && timer.seq < best.seq)) best = timer
    }
    return best
  }

  private fire(timer: Timer): void {
    this.timers = this.timers.filter((t) => t !== timer)
    this.t = Math.max(this.t, timer.at)
    timer.resolve()
  }
}
