/** The shapes of AWS names the action checks wherever they come from: the inputs, metadata documents, result files. */

/**
 * An AWS region name: two letters, the partition where it has one (-gov, -iso, -isob, ...), a direction and a
 * number, like us-east-1 or us-gov-west-1.
 */
export const REGION_RE = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/

/** An AWS account id: twelve digits. */
export const ACCOUNT_RE = /^\d{12}$/
