import { describe, expect, it } from 'vitest'
import { plural } from '../../src/plural.js'
import { failWith } from '../../src/report/shared.js'

describe('plural', () => {
  it('uses the singular for exactly one and the plural otherwise, with thousands separators', () => {
    expect([0, 1, 2, 1500].map((n) => plural(n, 'snapshot'))).toEqual([
      '0 snapshots',
      '1 snapshot',
      '2 snapshots',
      '1,500 snapshots'
    ])
    expect(plural(1, 'region or service', 'regions or services')).toBe('1 region or service')
    expect(plural(3, 'region or service', 'regions or services')).toBe('3 regions or services')
  })
})

describe('counts in the text the action writes', () => {
  it('says 1 problem when one thing failed', () => {
    expect(() => {
      failWith(['x went wrong'], 'problem while pruning', 'problems while pruning')
    }).toThrow(new Error('1 problem while pruning: x went wrong'))
    expect(() => {
      failWith(['a', 'b'], 'volume backup failed', 'volume backups failed')
    }).toThrow(new Error('2 volume backups failed: a; b'))
  })
})
