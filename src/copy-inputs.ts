/**
 * Parsing of the copy inputs (copy-to-regions, copy-kms-key): the regions copies go to and the KMS key of each.
 * Problems are handed to the caller's `fail`, which names the input; no AWS call.
 */

/** The tags a copy carries besides a backup's: copy-of, source-region and source-id. */
export const COPY_TAGS_ADDED = 3

/** A KMS key id (a UUID, or a multi-Region key's mrk- id). */
const KEY_ID_RE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/
/** A KMS alias name (alias/ then letters, digits, / _ -; not the reserved aws/ names, which are AWS managed). */
const ALIAS_RE = /^alias\/[A-Za-z0-9/_-]{1,250}$/
/** A KMS key or alias ARN: partition, region, account, then key/ID or alias/NAME. */
const KMS_ARN_RE = /^arn:aws(?:-[a-z]+)*:kms:([a-z0-9-]+):(\d{12}):(key\/.+|alias\/.+)$/

function printable(value: string): string {
  return value.replace(/[^\x20-\x7e]/g, '?').slice(0, 100)
}

/** copy-to-regions: a list of region names (commas, spaces or new lines), without duplicates; empty for no copies. */
export function parseCopyRegions(raw: string, region: (value: string) => string): string[] {
  return [
    ...new Set(
      raw
        .split(/[\s,]+/)
        .filter((r) => r !== '')
        .map(region)
    )
  ]
}

/**
 * copy-kms-key: lines `REGION=key` where key is a key id, key ARN, alias name or alias ARN; an ARN must be of the
 * line's region, and the region one of copy-to-regions.
 */
export function parseCopyKmsKeys(
  raw: string,
  regions: readonly string[],
  fail: (problem: string) => never
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of raw.split('\n').map((l) => l.trim())) {
    if (line === '') continue
    const eq = line.indexOf('=')
    if (eq < 0) fail(`has '${printable(line)}', which is not REGION=key-id-or-arn`)
    const region = line.slice(0, eq).trim()
    const key = line.slice(eq + 1).trim()
    if (!regions.includes(region))
      fail(`names region '${printable(region)}', which is not in copy-to-regions (${regions.join(', ') || 'empty'})`)
    if (out[region] !== undefined) fail(`names ${region} twice: give one key per region`)
    const arn = KMS_ARN_RE.exec(key)
    if (arn !== null) {
      if (arn[1] !== region)
        fail(`gives ${region} a key of region ${arn[1] ?? ''}: a copy is encrypted with a key of its own region`)
    } else if (!KEY_ID_RE.test(key) && !ALIAS_RE.test(key)) {
      fail(`has '${printable(key)}' for ${region}, which is not a KMS key id, key ARN, alias/NAME or alias ARN`)
    }
    out[region] = key
  }
  return out
}
