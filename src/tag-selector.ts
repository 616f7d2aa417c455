/**
 * Tag selectors: `tag:KEY=VALUE` (resources carrying that tag with that value) and `tag:KEY` (with any value),
 * given next to resource ids in the inputs that name what to back up. Pure: parsing, matching and the EC2 filter.
 */
import type { Filter } from '@aws-sdk/client-ec2'
import { TAG_KEY_MAX, TAG_VALUE_MAX } from './backup-tags.js'

/** What a selector starts with. */
export const SELECTOR_PREFIX = 'tag:'

/** A parsed selector: the tag key, the value (null for any value), and the text as the user wrote it. */
export interface TagSelector {
  key: string
  value: string | null
  text: string
}

/**
 * The characters AWS allows in tag keys and values across services: letters, numbers, spaces and `+ - = . _ : / @`.
 * EC2 allows more, but a selector is kept to these, so that no EC2 filter wildcard (`*`, `?`) and no quote or
 * control character can reach a request.
 */
const TAG_TEXT_RE = /^[\p{L}\p{N}\p{Zs}+\-=._:/@]*$/u

/** Thrown for a selector that cannot be used; the message is the problem, without the input's name. */
export class SelectorError extends Error {
  constructor(problem: string) {
    super(problem)
    this.name = 'SelectorError'
  }
}

/** Whether an item of a list input is a tag selector rather than a resource id. */
export function isTagSelector(item: string): boolean {
  return item.startsWith(SELECTOR_PREFIX)
}

function shown(text: string): string {
  const cut = Array.from(text).length > 60 ? `${Array.from(text).slice(0, 60).join('')}...` : text
  return JSON.stringify(cut).slice(1, -1)
}

/**
 * Parses `tag:KEY=VALUE` or `tag:KEY`. The key ends at the first `=`; it must be 1 to 128 characters, the value at
 * most 256, both of letters, numbers, spaces and `+ - = . _ : / @`, without leading or trailing spaces.
 */
export function parseTagSelector(item: string): TagSelector {
  if (!isTagSelector(item)) throw new SelectorError(`has '${shown(item)}', which is not a tag:KEY=VALUE selector`)
  const body = item.slice(SELECTOR_PREFIX.length)
  const eq = body.indexOf('=')
  const key = eq >= 0 ? body.slice(0, eq) : body
  const value = eq >= 0 ? body.slice(eq + 1) : null
  const problem = (what: string): SelectorError =>
    new SelectorError(`has the selector '${shown(item)}', ${what} (write tag:KEY=VALUE, or tag:KEY for any value)`)
  if (key === '') throw problem('whose tag key is empty')
  if (Array.from(key).length > TAG_KEY_MAX)
    throw problem(`whose tag key is longer than AWS's ${TAG_KEY_MAX} characters`)
  if (value !== null && Array.from(value).length > TAG_VALUE_MAX)
    throw problem(`whose tag value is longer than AWS's ${TAG_VALUE_MAX} characters`)
  for (const [part, text] of [
    ['key', key],
    ['value', value ?? '']
  ] as const) {
    if (!TAG_TEXT_RE.test(text))
      throw problem(
        `whose tag ${part} has a character tags cannot hold here (letters, numbers, spaces and + - = . _ : / @ only)`
      )
    if (text !== text.trim()) throw problem(`whose tag ${part} starts or ends with a space`)
  }
  return { key, value, text: item }
}

/** Whether a resource's tags satisfy a selector. */
export function matchesSelector(tags: Readonly<Record<string, string>>, selector: TagSelector): boolean {
  if (!Object.hasOwn(tags, selector.key)) return false
  return selector.value === null || tags[selector.key] === selector.value
}

/** The EC2 Describe* filter of a selector (`tag:KEY` with the value, or `tag-key` with the key). */
export function ec2Filter(selector: TagSelector): Filter {
  return selector.value === null
    ? { Name: 'tag-key', Values: [selector.key] }
    : { Name: `tag:${selector.key}`, Values: [selector.value] }
}
