import { describe, expect, it } from 'vitest'
import { logLine, markdownCode, markdownText } from '../../src/escape.js'

const ZWJ = '\u200d'

describe('logLine', () => {
  it('writes a control character as two hex digits, zero-padded', () => {
    expect(logLine('a\u0001b\u0000c\u000fd')).toBe('a\\x01b\\x00c\\x0fd')
  })
})

describe('markdownText', () => {
  it('turns a tab into a space, not a replacement character', () => {
    expect(markdownText('vol-1\tsnap-2')).toBe('vol-1 snap-2')
  })

  it('takes the spaces and tabs around a line break with it', () => {
    expect(markdownText('a \t\r\n\t b')).toBe('a b')
  })

  it('breaks URL schemes of one letter and schemes with digits, as in s3:// and C://', () => {
    expect(markdownText('s3://bucket/key')).toBe(`s3${ZWJ}://bucket/key`)
    expect(markdownText('see C://x')).toBe(`see C${ZWJ}://x`)
  })

  it('escapes a numbered list marker written with a parenthesis', () => {
    expect(markdownText('3) item')).toBe('3\\) item')
  })
})

describe('markdownCode', () => {
  it('pads a code span that ends with a backtick, and keeps an empty one a code span', () => {
    expect(markdownCode('x`')).toBe('`` x` ``')
    expect(markdownCode('')).toBe('`  `')
    expect(markdownCode('plain')).toBe('`plain`')
  })
})
