/** The S3 key layout of the metadata documents, and S3's limit on a key; pure, so input validation can use it. */

/** S3's longest object key, in bytes of UTF-8. */
export const S3_KEY_MAX_BYTES = 1024

/** The S3 key of a snapshot's metadata: `<prefix><volume-id>/<snapshot-id>.json` (prefix ends with '/'). */
export function metadataKey(prefix: string, volumeId: string, snapshotId: string): string {
  return `${prefix}${volumeId}/${snapshotId}.json`
}

/** The longest key the action writes under a prefix: the longest volume and snapshot ids EC2 gives (17 hex digits). */
export function longestMetadataKey(prefix: string): string {
  return metadataKey(prefix, `vol-${'f'.repeat(17)}`, `snap-${'f'.repeat(17)}`)
}
