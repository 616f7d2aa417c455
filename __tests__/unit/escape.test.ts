import { describe, expect, it } from 'vitest'
import { csvCell, htmlText, logLine, markdownCode, markdownText, mermaidLabel } from '../../src/escape.js'
import { md } from '../../src/markdown.js'

const ZWJ = '\u200d'
/** Every way a line can end, as the runner, markdown renderers or editors may see it. */
const BREAKS = ['\r', '\n', '\r\n', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029']
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']

describe('logLine', () => {
  it('turns every line break, control character and bidi override into a visible escape', () => {
    expect(logLine('a\r::error::pwned')).toBe('a\\r::error::pwned')
    expect(logLine('a\n::warning::x\u2028::notice::y\u2029z\u0085w')).toBe(
      'a\\n::warning::x\\u2028::notice::y\\u2029z\\x85w'
    )
    expect(logLine('tab\there\u001b[31mred\u007f\u009b')).toBe('tab\\there\\x1b[31mred\\x7f\\x9b')
    expect(logLine('evil\u202etxt.exe\u2066')).toBe('evil\\u202etxt.exe\\u2066')
    for (const c of [...BREAKS, ...BIDI]) expect(logLine(`x${c}y`)).not.toContain(c)
  })

  it('defuses the legacy ##[command] marker anywhere and a :: workflow command at the start', () => {
    expect(logLine('Skipped snap-1: ##[error]forged')).toBe('Skipped snap-1: ## [error]forged')
    expect(logLine('::error::forged')).toBe(': :error::forged')
    expect(logLine('  ::stop-commands::x')).toBe('  : :stop-commands::x')
    expect(logLine('fine: a::b')).toBe('fine: a::b')
  })

  it('leaves ordinary text alone', () => {
    const line = 'Deleted 3 snapshots (1.5 GiB); CSV at /home/runner/work/_temp/prune.csv'
    expect(logLine(line)).toBe(line)
  })
})

describe('markdownText (and md, which delegates to it)', () => {
  it('keeps a table row one row: line breaks of every kind become a space, | is escaped', () => {
    for (const c of BREAKS) expect(markdownText(`a${c}| x | y |`)).toBe('a \\| x \\| y \\|')
    expect(md('| a | b |')).toBe('\\| a \\| b \\|')
  })

  it('replaces other controls and bidi overrides with U+FFFD', () => {
    expect(markdownText('a\u0000b\u001bc\u009bd')).toBe('a\ufffdb\ufffdc\ufffdd')
    for (const c of BIDI) expect(markdownText(`x${c}y`)).toBe('x\ufffdy')
  })

  it('lets no HTML through: & < > become entities', () => {
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;')
    expect(markdownText('&#64;octocat &lt;')).toBe(`&amp;\\#${ZWJ}64;octocat &amp;lt;`)
  })

  it('breaks @mentions, bare URLs, www. hosts and #123 references with a zero-width joiner', () => {
    expect(markdownText('@octocat')).toBe(`@${ZWJ}octocat`)
    expect(markdownText('https://evil.example/x')).toBe(`https${ZWJ}://evil.example/x`)
    expect(markdownText('see HTTP://a.b and ftp://c')).toBe(`see HTTP${ZWJ}://a.b and ftp${ZWJ}://c`)
    expect(markdownText('www.evil.example')).toBe(`www${ZWJ}.evil.example`)
    expect(markdownText('_www.evil.example_')).toBe(`\\_www${ZWJ}.evil.example\\_`)
    expect(markdownText('owner/repo#12')).toBe(`owner/repo\\#${ZWJ}12`)
    expect(markdownText('mail a@b.co')).toBe(`mail a@${ZWJ}b.co`)
    const out = markdownText('@octocat https://evil.example/x www.evil.example #1')
    expect(out).not.toMatch(/@[a-z0-9]/i)
    expect(out).not.toMatch(/https?:\/\//i)
    expect(out).not.toMatch(/www\./i)
  })

  it('escapes markdown punctuation and a leading list, heading or setext marker', () => {
    expect(markdownText('*b* _i_ `c` [l](u) ~s~ $m$ \\ {x}')).toBe(
      '\\*b\\* \\_i\\_ \\`c\\` \\[l\\](u) \\~s\\~ \\$m\\$ \\\\ \\{x\\}'
    )
    expect(markdownText('# h')).toBe('\\# h')
    expect(markdownText('- item')).toBe('\\- item')
    expect(markdownText('+ item')).toBe('\\+ item')
    expect(markdownText('=== ')).toBe('\\=== ')
    expect(markdownText('12. item')).toBe('12\\. item')
    expect(markdownText('vol-0a1b (no volume)')).toBe('vol-0a1b (no volume)')
  })
})

describe('markdownCode', () => {
  it('wraps in more backticks than the text holds and keeps one line', () => {
    expect(markdownCode('snapshot-metadata/vol-1/snap-1.json')).toBe('`snapshot-metadata/vol-1/snap-1.json`')
    expect(markdownCode('a`b``c')).toBe('```a`b``c```')
    expect(markdownCode('`x')).toBe('`` `x ``')
    expect(markdownCode('a\r\n- b\u2028c|d')).toBe('`a - b c\\|d`')
  })
})

describe('htmlText', () => {
  it('escapes the HTML metacharacters and breaks links and mentions', () => {
    expect(htmlText(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;')
    expect(htmlText('@octocat https://e.x\r\nnext')).toBe(`@${ZWJ}octocat https${ZWJ}://e.x next`)
  })
})

describe('csvCell', () => {
  it('puts an apostrophe before a string that starts like a formula (OWASP)', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`)
    for (const start of ['+', '-', '@', '\t', '\r', '\n', '\uff1d']) expect(csvCell(`${start}1+1`)).toBe(`'${start}1+1`)
    expect(csvCell('a=b')).toBe('a=b')
    expect(csvCell('{"Name":"=1+1"}')).toBe('{"Name":"=1+1"}')
  })

  it('keeps numbers, booleans and null as they are, and line breaks inside a string for the CSV quoting', () => {
    expect(csvCell(-3)).toBe(-3)
    expect(csvCell(1.125)).toBe(1.125)
    expect(csvCell(false)).toBe(false)
    expect(csvCell(null)).toBe(null)
    expect(csvCell('a\r\nb')).toBe('a\r\nb')
  })

  it('replaces other controls and bidi overrides with U+FFFD', () => {
    expect(csvCell('a\u0000b\u202ec\u0085')).toBe('a\ufffdb\ufffdc\ufffd')
  })
})

describe('mermaidLabel', () => {
  it('quotes a one-line label without quotes, backslashes, backticks, entity markers or tags', () => {
    expect(mermaidLabel('0-7 d')).toBe('"0-7 d"')
    expect(mermaidLabel('a"b\\c`d#e<f>g;h\ni')).toBe('"abcdefgh i"')
    expect(mermaidLabel('```\n::error::x')).toBe('" ::error::x"')
  })
})
