/**
 * One escaping function per place a string from outside (AWS names, tags and descriptions, artifact files, error
 * messages, workspace paths) can land: a log line, markdown text, a markdown code span, HTML text, a CSV cell and
 * a Mermaid label. Each one makes the string inert there; none trusts the others to have run first.
 */

/** C0 and C1 control characters and DEL (tab included). */
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f]/g
/** Bidirectional embeddings, overrides and isolates, which can make text read in another order than it is stored. */
const BIDI_RE = /[\u202a-\u202e\u2066-\u2069]/g
/** Zero-width joiner: breaks @mentions, autolinks and issue references without changing what a reader sees. */
const ZWJ = '\u200d'
const REPLACEMENT = '\ufffd'

function hex(c: string): string {
  const code = c.codePointAt(0) ?? 0
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

const LOG_NAMED: Readonly<Record<string, string>> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' }

/**
 * Text for one line of the job log, an annotation's message or title, or an error message: every line break,
 * control character and bidi override becomes a visible escape (`\r`, `\u2028`, `\x1b`), the legacy `##[command]`
 * marker (which the runner honours anywhere in a line) loses its bracket's meaning, and a line cannot start with
 * the `::` of a workflow command.
 */
export function logLine(text: string): string {
  const flat = text
    .replace(CONTROL_RE, (c) => LOG_NAMED[c] ?? hex(c))
    .replace(/[\u2028\u2029]/g, hex)
    .replace(BIDI_RE, hex)
    .replace(/##\[/g, '## [')
  return flat.replace(/^(\s*):(?=:)/, '$1: ')
}

/** Inserts a zero-width joiner where GitHub would otherwise link: @mentions, URL schemes, www. hosts, #123 references. */
function unlink(text: string): string {
  return text
    .replace(/@/g, `@${ZWJ}`)
    .replace(/([a-z][a-z0-9+.-]*):\/\//gi, `$1${ZWJ}://`)
    .replace(/(www)\./gi, `$1${ZWJ}.`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
}

/** Flattens line breaks to one space and replaces other controls and bidi overrides with U+FFFD. */
function flatten(text: string): string {
  return text
    .replace(/[ \t]*(?:\r\n|[\n\r\v\f\u0085\u2028\u2029])[ \t]*/g, ' ')
    .replace(CONTROL_RE, (c) => (c === '\t' ? ' ' : REPLACEMENT))
    .replace(BIDI_RE, REPLACEMENT)
}

/**
 * Text for markdown prose or a table cell (GitHub-flavoured, as in job summaries and PR comments): one line,
 * controls and bidi overrides replaced, `& < >` as entities so no HTML gets through, markdown punctuation
 * backslash-escaped (a `|` cannot split a table cell), a leading list or heading marker escaped, and @mentions,
 * bare URLs, `www.` hosts and `#123` references broken with a zero-width joiner so GitHub neither notifies nor links.
 */
export function markdownText(text: string): string {
  return unlink(flatten(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]#|~$]/g, (c) => `\\${c}`)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
}

/**
 * Text for an inline code span: one line, controls replaced, wrapped in enough backticks that none inside closes
 * it (padded when it starts or ends with one); a `|` is escaped for table cells. Code spans are neither linked nor
 * mentioned by GitHub.
 */
export function markdownCode(text: string): string {
  const flat = flatten(text).replace(/\|/g, '\\|')
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** Text for HTML content or a quoted attribute: `& < > " '` as entities, one line, controls replaced, links broken. */
export function htmlText(text: string): string {
  return unlink(flatten(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** First characters that make a spreadsheet read a cell as a formula (OWASP's list, with LF and full-width forms). */
const FORMULA_START_RE = /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/

/**
 * A CSV cell: numbers, booleans and null stay as they are; a string that starts like a formula (`= + - @`, tab, CR)
 * gets a leading apostrophe, as OWASP advises, and controls other than tab, CR and LF, and bidi overrides, become
 * U+FFFD. Quoting is the CSV writer's job.
 */
export function csvCell(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const clean = value
    // eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, REPLACEMENT)
    .replace(BIDI_RE, REPLACEMENT)
  return FORMULA_START_RE.test(clean) ? `'${clean}` : clean
}

/**
 * A Mermaid label in double quotes: one line, no quote, backslash, backtick (which could close the code fence),
 * `#` (Mermaid's entity marker), `< >` or `;`, controls and bidi overrides replaced.
 */
export function mermaidLabel(text: string): string {
  return `"${flatten(text).replace(/["\\`#<>;]/g, '')}"`
}
