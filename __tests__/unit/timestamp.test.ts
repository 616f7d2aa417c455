import { describe, expect, it } from 'vitest'
import { expiresAt } from '../../src/backup-tags.js'
import { parseUtcTimestamp } from '../../src/timestamp.js'

describe('parseUtcTimestamp', () => {
  it('reads what backup writes, and the same with milliseconds', () => {
    const written = expiresAt(new Date('2026-03-01T06:00:02.517Z'), 15)
    expect(written).toBe('2026-03-16T06:00:02Z')
    expect(parseUtcTimestamp(written)?.toISOString()).toBe('2026-03-16T06:00:02.000Z')
    expect(parseUtcTimestamp('2026-03-16T06:00:02.517Z')?.toISOString()).toBe('2026-03-16T06:00:02.517Z')
    expect(parseUtcTimestamp('2024-02-29T23:59:59Z')?.toISOString()).toBe('2024-02-29T23:59:59.000Z')
  })

  it('refuses everything else, however Date would read it', () => {
    for (const raw of [
      '1',
      'snapshot 7',
      '',
      ' 2026-03-16T06:00:02Z',
      '2026-03-16T06:00:02Z ',
      '2026-02-30T00:00:00Z',
      '2025-02-29T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-00-10T00:00:00Z',
      '2026-13-10T00:00:00Z',
      '2026-03-00T00:00:00Z',
      '2026-03-16T24:00:00Z',
      '2026-03-16T23:60:00Z',
      '2026-03-16T23:59:60Z',
      '2026-03-16',
      '2026-03-16T06:00Z',
      '2026-03-16T06:00:02',
      '2026-03-16T06:00:02+00:00',
      '2026-03-16T06:00:02.5Z',
      '2026-03-16t06:00:02z',
      '2026-03-16 06:00:02Z',
      '+002026-03-16T06:00:02Z',
      '0050-03-16T06:00:02Z',
      'Mon, 16 Mar 2026 06:00:02 GMT',
      '１２３４-03-16T06:00:02Z'
    ]) {
      expect(parseUtcTimestamp(raw), raw).toBeNull()
    }
  })
})
