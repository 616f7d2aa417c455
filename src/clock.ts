/** Time and waiting, injected so that tests never wait on real time. */
export interface Clock {
  now(): Date
  sleep(ms: number): Promise<void>
}

/** The wall clock and real timers. */
export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
}
