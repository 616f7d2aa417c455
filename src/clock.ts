/** Time and waiting, injected so that tests never wait on real time; and the durations the action counts in. */

/** Milliseconds in one minute. */
export const MINUTE_MS = 60_000
/** Milliseconds in one hour. */
export const HOUR_MS = 3_600_000
/** Milliseconds in one (UTC, leap-second-free) day. */
export const DAY_MS = 86_400_000

export interface Clock {
  now(): Date
  sleep(ms: number): Promise<void>
}

/** The wall clock and real timers. */
export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
}
