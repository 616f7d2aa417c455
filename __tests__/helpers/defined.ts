/** The value, for an index or a find the test has already checked; a missing one fails the test naming `what`. */
export function defined<T>(value: T | null | undefined, what = 'the value'): T {
  if (value === undefined || value === null) throw new Error(`Expected ${what} to be there`)
  return value
}
