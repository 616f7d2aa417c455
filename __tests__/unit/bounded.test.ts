import { describe, expect, it } from 'vitest'
import { forEachBounded, limiter } from '../../src/bounded.js'

/** A promise the test settles, and a way to let pending callbacks run. */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve: (v: T) => void = () => undefined
  const promise = new Promise<T>((r) => {
    resolve = r
  })
  return { promise, resolve }
}
const turn = (): Promise<void> => new Promise((r) => setImmediate(r))

describe('forEachBounded', () => {
  it('starts the items in order with at most limit in flight, and returns the results in the order of the items', async () => {
    const gates = Array.from({ length: 5 }, () => deferred<undefined>())
    const started: number[] = []
    let inFlight = 0
    let most = 0
    const done = forEachBounded([0, 1, 2, 3, 4], 2, async (i) => {
      started.push(i)
      most = Math.max(most, ++inFlight)
      await gates[i]?.promise
      inFlight--
      return i * 10
    })
    await turn()
    expect(started).toEqual([0, 1])
    gates[1]?.resolve(undefined)
    await turn()
    expect(started).toEqual([0, 1, 2])
    for (const g of gates) g.resolve(undefined)
    expect(await done).toEqual([0, 10, 20, 30, 40])
    expect(most).toBe(2)
  })

  it('calls nothing for no items', async () => {
    expect(await forEachBounded([], 4, () => Promise.reject(new Error('called')))).toEqual([])
  })
})

describe('limiter', () => {
  it('lets n calls run at once and starts the waiting ones in the order they arrived', async () => {
    const limit = limiter(1)
    const order: string[] = []
    const first = deferred<string>()
    const a = limit(async () => {
      order.push('a')
      return first.promise
    })
    const b = limit(() => {
      order.push('b')
      return Promise.resolve('b')
    })
    const c = limit(() => {
      order.push('c')
      return Promise.resolve('c')
    })
    await turn()
    expect(order).toEqual(['a'])
    first.resolve('a')
    expect(await Promise.all([a, b, c])).toEqual(['a', 'b', 'c'])
    expect(order).toEqual(['a', 'b', 'c'])
  })
})
