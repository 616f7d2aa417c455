/**
 * The tags and description a backup gives each snapshot, and EC2's documented limits on them. Pure: input
 * validation uses the same code to count what a backup would send, before any AWS call.
 */
import type { WorkflowContext } from './metadata.js'
import { DAY_MS } from './clock.js'
import { TAG_EXPIRES_AT, TAG_MANAGED } from './types.js'

/** EC2's limits: tags per resource, characters in a tag key and a tag value, characters in a snapshot description. */
export const EC2_TAGS_MAX = 50
export const TAG_KEY_MAX = 128
export const TAG_VALUE_MAX = 256
export const DESCRIPTION_MAX = 255

/** The tags that record the workflow run on each snapshot, by field. */
export const WORKFLOW_TAGS: Readonly<Record<keyof WorkflowContext, string>> = {
  repository: 'snapshot-hygiene:repository',
  workflow: 'snapshot-hygiene:workflow',
  runId: 'snapshot-hygiene:run-id',
  runUrl: 'snapshot-hygiene:run-url',
  sha: 'snapshot-hygiene:sha',
  actor: 'snapshot-hygiene:actor'
}

/** An expiry instant as ISO 8601 UTC without milliseconds. */
export function expiresAt(now: Date, retentionDays: number): string {
  return new Date(now.getTime() + retentionDays * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The first `max` characters (code points) of a string, never half of a surrogate pair. */
export function firstChars(value: string, max: number): string {
  const chars = Array.from(value)
  return chars.length <= max ? value : chars.slice(0, max).join('')
}

/** The tags set at creation: the volume's Name, the user's tags, then the action's own (which always win). */
export function backupTags(
  config: { tags: Readonly<Record<string, string>>; retentionDays: number },
  volume: { name: string | null },
  workflow: WorkflowContext,
  now: Date
): Record<string, string> {
  const tags: Record<string, string> = {}
  if (volume.name !== null) tags.Name = volume.name
  Object.assign(tags, config.tags)
  tags[TAG_MANAGED] = 'true'
  tags[TAG_EXPIRES_AT] = expiresAt(now, config.retentionDays)
  for (const [field, key] of Object.entries(WORKFLOW_TAGS) as [keyof WorkflowContext, string][]) {
    const value = workflow[field]
    if (value !== '') tags[key] = firstChars(value, TAG_VALUE_MAX)
  }
  return tags
}

/** The most tags a backup can give a snapshot with these user tags: a named volume and every workflow field known. */
export function mostBackupTags(userTags: Readonly<Record<string, string>>): number {
  const known: WorkflowContext = { repository: 'r', workflow: 'w', runId: '1', runUrl: 'u', sha: 's', actor: 'a' }
  return Object.keys(backupTags({ tags: userTags, retentionDays: 0 }, { name: 'n' }, known, new Date(0))).length
}

/** The snapshot description: the input, or one naming the volume and the run. */
export function backupDescription(description: string, volumeId: string, workflow: WorkflowContext): string {
  if (description !== '') return description
  const run =
    workflow.repository !== '' && workflow.runId !== '' ? ` from ${workflow.repository} run ${workflow.runId}` : ''
  return firstChars(`snapshot-hygiene backup of ${volumeId}${run}`, DESCRIPTION_MAX)
}
