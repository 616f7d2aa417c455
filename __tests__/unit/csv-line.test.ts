import { stringify } from 'csv-stringify/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvLine } from '../../src/csv.js'

describe('csvLine', () => {
  it('writes what csv-stringify writes, for every kind of field the action emits', () => {
    const field = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('a,b', 'x"y', 'l\nm', 'r\rs', '', '"'),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.date({ noInvalidDate: true }),
      fc.dictionary(fc.string(), fc.string())
    )
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 8 }), (row) => {
        expect(csvLine(row)).toBe(stringify([row]))
      }),
      { numRuns: 2000 }
    )
  })
})
