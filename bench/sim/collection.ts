/** A region's list of one kind of item: generated segments (items made on demand from their index) plus explicit items. */

/** A run of generated items, each computed from its index. */
export interface Segment<T> {
  readonly size: number
  at(index: number): T
  /** The index of the item with this id, or -1; omit when ids cannot be decoded. */
  indexOf?(id: string): number
  /** Every tag key an item of this segment may carry, so filters on other keys can skip it. */
  readonly tagKeys?: ReadonlySet<string>
}

/** One page of a listing and the cursor of the next matching item, if any. */
export interface Page<T> {
  items: T[]
  next: number | null
}

/** The items of one kind in one region, with deletions recorded as a set of ids. */
export class Collection<T> {
  private readonly explicit: T[] = []
  private readonly explicitIds = new Map<string, number>()
  private readonly deleted = new Set<string>()
  private readonly generated: number

  constructor(
    private readonly segments: readonly Segment<T>[],
    private readonly idOf: (item: T) => string
  ) {
    this.generated = segments.reduce((sum, s) => sum + s.size, 0)
  }

  /** How many items currently exist. */
  get size(): number {
    return this.generated + this.explicit.length - this.deleted.size
  }

  /** The item with this id, if it exists and was not deleted. */
  get(id: string): T | undefined {
    if (this.deleted.has(id)) return undefined
    const position = this.explicitIds.get(id)
    if (position !== undefined) return this.explicit[position]
    for (const segment of this.segments) {
      if (segment.indexOf === undefined) {
        for (let i = 0; i < segment.size; i++) {
          const item = segment.at(i)
          if (this.idOf(item) === id) return item
        }
        continue
      }
      const index = segment.indexOf(id)
      if (index >= 0 && index < segment.size) return segment.at(index)
    }
    return undefined
  }

  /** Adds an explicit item after the generated ones; throws if the id is taken. */
  add(item: T): T {
    const id = this.idOf(item)
    if (this.deleted.has(id) || this.get(id) !== undefined) throw new Error(`duplicate id ${id}`)
    this.explicitIds.set(id, this.explicit.length)
    this.explicit.push(item)
    return item
  }

  /** Deletes an item; false when it does not exist. */
  delete(id: string): boolean {
    if (this.get(id) === undefined) return false
    this.deleted.add(id)
    return true
  }

  /** Up to `limit` matching items starting at cursor `from`, skipping segments `skip` rules out. */
  page(from: number, limit: number, match: (item: T) => boolean, skip?: (segment: Segment<T>) => boolean): Page<T> {
    const items: T[] = []
    for (const [cursor, item] of this.scan(from, skip)) {
      if (!match(item)) continue
      if (items.length === limit) return { items, next: cursor }
      items.push(item)
    }
    return { items, next: null }
  }

  /** Every current item, in listing order. */
  all(): T[] {
    return this.page(0, Number.POSITIVE_INFINITY, () => true).items
  }

  private *scan(from: number, skip?: (segment: Segment<T>) => boolean): Generator<[number, T]> {
    let base = 0
    for (const segment of this.segments) {
      const end = base + segment.size
      if (from < end && !(skip?.(segment) ?? false)) {
        for (let i = Math.max(0, from - base); i < segment.size; i++) yield* this.live(base + i, segment.at(i))
      }
      base = end
    }
    for (let i = Math.max(0, from - base); i < this.explicit.length; i++) {
      const item = this.explicit[i]
      if (item !== undefined) yield* this.live(base + i, item)
    }
  }

  private *live(cursor: number, item: T): Generator<[number, T]> {
    if (this.deleted.size === 0 || !this.deleted.has(this.idOf(item))) yield [cursor, item]
  }
}
