/** The shapes of AWS names the action checks wherever they come from: the inputs, metadata documents, result files. */

/**
 * An AWS region name: two letters, the partition where it has one (-gov, -iso, -isob, ...), a direction and a
 * number, like us-east-1 or us-gov-west-1.
 */
export const REGION_RE = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/

/** An AWS account id: twelve digits. */
export const ACCOUNT_RE = /^\d{12}$/

/**
 * An RDS DB instance or DB cluster identifier as RDS keeps it: 1-63 lower-case letters, digits and hyphens, a letter
 * first, no two hyphens in a row, no hyphen last.
 */
export const DB_ID_RE = /^[a-z](?!.*--)(?:[a-z0-9-]{0,61}[a-z0-9])?$/

/** An RDS manual snapshot identifier: 1-255 letters, digits and hyphens, a letter first, no '--', no hyphen last. */
export const DB_SNAPSHOT_ID_RE = /^[a-zA-Z](?!.*--)(?:[a-zA-Z0-9-]{0,253}[a-zA-Z0-9])?$/
