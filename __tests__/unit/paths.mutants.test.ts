import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { checkedPath, PathError, readableFile, realPath, writeFileChecked, writeStream } from '../../src/paths.js'

/** A scratch tree: base/ws (workspace), base/ws/tmp (runner temp), base/outside. */
let base: string
let ws: string
let outside: string
let roots: string[]

beforeEach(() => {
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'paths-mutants-')))
  ws = path.join(base, 'ws')
  outside = path.join(base, 'outside')
  for (const d of [path.join(ws, 'tmp'), outside]) fs.mkdirSync(d, { recursive: true })
  roots = [ws, path.join(ws, 'tmp')]
})

/** The file descriptors this process has open (Linux). */
function openDescriptors(): number {
  return fs.readdirSync('/proc/self/fd').length
}

function thrown(fn: () => unknown): unknown {
  try {
    fn()
  } catch (err) {
    return err
  }
  throw new Error('expected an error')
}

describe('PathError', () => {
  it('reads as the path followed by the reason, and names itself', () => {
    const err = thrown(() => checkedPath(path.join(outside, 'x.csv'), 'file', roots))
    expect(err).toBeInstanceOf(PathError)
    expect((err as PathError).name).toBe('PathError')
    expect((err as PathError).file).toBe(path.join(outside, 'x.csv'))
    expect((err as PathError).message).toBe(
      `${path.join(outside, 'x.csv')} is outside the workspace and the runner's temp folder`
    )
  })
})

describe('realPath and checkedPath with paths that cannot be resolved', () => {
  it('treats a path below a regular file as not existing: resolved as it reads, and readable reports it missing', () => {
    fs.writeFileSync(path.join(ws, 'plain.txt'), 'x')
    const below = path.join(ws, 'plain.txt', 'sub', 'x.csv')
    expect(realPath(below)).toBe(below)
    expect(checkedPath(path.join(ws, 'plain.txt', 'x.csv'), 'file', roots)).toBe(path.join(ws, 'plain.txt', 'x.csv'))
    expect(readableFile(path.join(ws, 'plain.txt', 'x.csv'), roots)).toBe(path.join(ws, 'plain.txt', 'x.csv'))
  })

  it('lets an error other than "does not exist" through, naming the path: a loop of links', () => {
    fs.symlinkSync(path.join(ws, 'b'), path.join(ws, 'a'))
    fs.symlinkSync(path.join(ws, 'a'), path.join(ws, 'b'))
    const err = thrown(() => realPath(path.join(ws, 'a', 'x.csv'))) as NodeJS.ErrnoException
    expect(err).not.toBeInstanceOf(PathError)
    expect(err.code).toBe('ELOOP')
    expect(err.message).toContain(path.join(ws, 'a'))
  })

  it('lets an error other than "does not exist" through when checking the file itself: a name too long', () => {
    const long = path.join(ws, 'x'.repeat(300))
    const err = thrown(() => checkedPath(long, 'file', roots)) as NodeJS.ErrnoException
    expect(err).not.toBeInstanceOf(PathError)
    expect(err.code).toBe('ENAMETOOLONG')
  })
})

describe('readableFile', () => {
  it('returns a missing file as it is, for the caller to report, even below a link that leads outside', () => {
    fs.symlinkSync(outside, path.join(ws, 'out'))
    const missing = path.join(ws, 'out', 'missing.json')
    expect(readableFile(missing, roots)).toBe(missing)
    fs.writeFileSync(path.join(outside, 'there.json'), '{}')
    expect(() => readableFile(path.join(ws, 'out', 'there.json'), roots)).toThrow(
      `Refusing to read ${path.join(ws, 'out', 'there.json')}: it is outside the workspace and the runner's temp folder (it resolves to ${path.join(outside, 'there.json')})`
    )
  })
})

describe('writing', () => {
  const text = 'résumé — 東京 ✓\n'

  it('writes text as UTF-8 and closes the file', () => {
    const file = path.join(ws, 'out', 'r.json')
    const before = openDescriptors()
    writeFileChecked(file, text, roots)
    expect(openDescriptors()).toBe(before)
    expect(fs.readFileSync(file)).toEqual(Buffer.from(text, 'utf8'))
  })

  it('closes the file when the write itself fails', () => {
    const file = path.join(ws, 'r.json')
    const before = openDescriptors()
    expect(() => {
      writeFileChecked(file, undefined as unknown as string, roots)
    }).toThrow()
    expect(openDescriptors()).toBe(before)
  })

  it('streams text as UTF-8', async () => {
    const file = path.join(ws, 'stream.csv')
    const stream = writeStream(file, roots)
    stream.write(text)
    await new Promise<void>((resolve, reject) => {
      stream.end((err?: Error | null) => {
        if (err) reject(err)
        else resolve()
      })
    })
    expect(fs.readFileSync(file)).toEqual(Buffer.from(text, 'utf8'))
  })
})
