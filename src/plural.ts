/** A count and its noun, singular for exactly one: `plural(1, 'snapshot')` is '1 snapshot', `plural(1500, 'snapshot')` '1,500 snapshots'. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
}
