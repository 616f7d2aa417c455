/** The machine-readable result JSON each mode's report writes (and the findings file) and merge reads: what opens every one. */

/** Version of the result JSON; merge refuses other major versions. */
export const RESULT_SCHEMA_VERSION = 1

/** The `tool` every result JSON names. */
export const RESULT_TOOL = 'snapshot-hygiene'

/** A result as it is written: the schema version and the tool, then the mode's result. */
export function resultDocument(result: object): object {
  return { schema_version: RESULT_SCHEMA_VERSION, tool: RESULT_TOOL, ...result }
}
