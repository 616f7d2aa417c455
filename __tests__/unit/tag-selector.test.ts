import { describe, expect, it } from 'vitest'
import { ec2Filter, isTagSelector, matchesSelector, parseTagSelector, SelectorError } from '../../src/tag-selector.js'

describe('parseTagSelector', () => {
  it('reads a key and a value, splitting at the first =', () => {
    expect(parseTagSelector('tag:backup=daily')).toEqual({ key: 'backup', value: 'daily', text: 'tag:backup=daily' })
    expect(parseTagSelector('tag:env=a=b')).toEqual({ key: 'env', value: 'a=b', text: 'tag:env=a=b' })
  })

  it('reads tag:KEY as any value, and tag:KEY= as the empty value', () => {
    expect(parseTagSelector('tag:backup')).toEqual({ key: 'backup', value: null, text: 'tag:backup' })
    expect(parseTagSelector('tag:backup=')).toEqual({ key: 'backup', value: '', text: 'tag:backup=' })
  })

  it('accepts the characters AWS allows, AWS-made keys and non-ASCII letters', () => {
    expect(parseTagSelector('tag:aws:cloudformation:stack-name=web/prod').key).toBe('aws:cloudformation:stack-name')
    expect(parseTagSelector('tag:équipe=données 2 @x+y_z.w').value).toBe('données 2 @x+y_z.w')
  })

  it('accepts a key of exactly 128 characters and a value of exactly 256', () => {
    const s = parseTagSelector(`tag:${'k'.repeat(128)}=${'v'.repeat(256)}`)
    expect([s.key.length, s.value?.length]).toEqual([128, 256])
  })

  it.each([
    ['tag:', 'whose tag key is empty'],
    ['tag:=daily', 'whose tag key is empty'],
    [`tag:${'k'.repeat(129)}=x`, "whose tag key is longer than AWS's 128 characters"],
    [`tag:k=${'v'.repeat(257)}`, "whose tag value is longer than AWS's 256 characters"],
    ['tag:*', 'whose tag key has a character tags cannot hold here'],
    ['tag:backup=*', 'whose tag value has a character tags cannot hold here'],
    ['tag:backup=da?ly', 'whose tag value has a character tags cannot hold here'],
    ['tag:"backup"=daily', 'whose tag key has a character tags cannot hold here'],
    ["tag:backup='daily'", 'whose tag value has a character tags cannot hold here'],
    ['tag:back\\up', 'whose tag key has a character tags cannot hold here'],
    ['tag:a\nb=c', 'whose tag key has a character tags cannot hold here'],
    ['tag:a=b\u0000', 'whose tag value has a character tags cannot hold here'],
    ['tag:a=b\u202e', 'whose tag value has a character tags cannot hold here'],
    ['tag: backup=daily', 'whose tag key starts or ends with a space'],
    ['tag:backup=daily ', 'whose tag value starts or ends with a space']
  ])('refuses %j: %s', (item, problem) => {
    expect(() => parseTagSelector(item)).toThrow(SelectorError)
    expect(() => parseTagSelector(item)).toThrow(problem)
  })

  it('names the selector escaped and cut to 60 characters in its message', () => {
    expect(() => parseTagSelector('tag:a\nb')).toThrow(
      "has the selector 'tag:a\\nb', whose tag key has a character tags cannot hold here (letters, numbers, spaces and + - = . _ : / @ only) (write tag:KEY=VALUE, or tag:KEY for any value)"
    )
    let message = ''
    try {
      parseTagSelector(`tag:${'k'.repeat(200)}`)
    } catch (err) {
      message = (err as Error).message
    }
    expect(message).toContain(`'tag:${'k'.repeat(56)}...'`)
  })

  it('refuses an item that is not a selector', () => {
    expect(isTagSelector('vol-0123456789abcdef0')).toBe(false)
    expect(isTagSelector('tag:x')).toBe(true)
    expect(() => parseTagSelector('Tag:x=y')).toThrow("has 'Tag:x=y', which is not a tag:KEY=VALUE selector")
  })
})

describe('matchesSelector', () => {
  const tags = { backup: 'daily', empty: '' }

  it('matches on key and exact, case-sensitive value', () => {
    expect(matchesSelector(tags, parseTagSelector('tag:backup=daily'))).toBe(true)
    expect(matchesSelector(tags, parseTagSelector('tag:backup=Daily'))).toBe(false)
    expect(matchesSelector(tags, parseTagSelector('tag:Backup=daily'))).toBe(false)
    expect(matchesSelector(tags, parseTagSelector('tag:empty='))).toBe(true)
    expect(matchesSelector(tags, parseTagSelector('tag:empty'))).toBe(true)
    expect(matchesSelector(tags, parseTagSelector('tag:missing'))).toBe(false)
  })

  it('does not take inherited properties for tags', () => {
    expect(matchesSelector({}, parseTagSelector('tag:constructor'))).toBe(false)
    expect(matchesSelector({}, parseTagSelector('tag:__proto__'))).toBe(false)
  })
})

describe('ec2Filter', () => {
  it('filters by tag:KEY with the value, or by tag-key for any value', () => {
    expect(ec2Filter(parseTagSelector('tag:backup=daily'))).toEqual({ Name: 'tag:backup', Values: ['daily'] })
    expect(ec2Filter(parseTagSelector('tag:backup'))).toEqual({ Name: 'tag-key', Values: ['backup'] })
  })
})
