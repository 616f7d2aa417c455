/**
 * The one date format the action reads from tags and documents: ISO 8601 in UTC, as it writes it
 * (`2026-03-16T06:00:00Z`, or with milliseconds `2026-03-16T06:00:00.000Z`). Anything else is not a date.
 */

const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}))?Z$/

/** Parses YYYY-MM-DDTHH:MM:SS(.sss)Z with a real calendar date and time of day; null for anything else. */
export function parseUtcTimestamp(raw: string): Date | null {
  const m = TIMESTAMP_RE.exec(raw)
  if (m === null) return null
  const [year, month, day, hour, minute, second, ms] = m
    .slice(1)
    .map((part: string | undefined) => Number(part ?? '0')) as [number, number, number, number, number, number, number]
  if (hour > 23 || minute > 59 || second > 59) return null
  const at = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms))
  // Date.UTC rolls over (February 30 becomes March 2) and maps years 0-99 to 1900-1999: both are refused.
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return null
  return at
}
