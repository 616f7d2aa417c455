/**
 * What openForWriting does when the file changes between its checks and the open: a link, a hard link or a FIFO
 * planted at the name in that window. The window is opened by hooking lstatSync: right after the last check of the
 * file, the hook changes what is at its name.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openForWriting, writeFileChecked } from '../../src/paths.js'

/** What to change after the given lstat call of a file (counted whether the call found the file or not). */
interface Hook {
  file: string
  call: number
  calls: number
  then: () => void
}
const hooks: Hook[] = []

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>()
  const lstatSync = ((p: fs.PathLike, ...rest: unknown[]) => {
    try {
      return (actual.lstatSync as (...a: unknown[]) => unknown)(p, ...rest)
    } finally {
      for (const h of hooks) if (path.resolve(String(p)) === h.file && ++h.calls === h.call) h.then()
    }
  }) as typeof actual.lstatSync
  return { ...actual, default: { ...actual, lstatSync }, lstatSync }
})

let base: string
let ws: string
let outside: string
let roots: string[]

beforeEach(() => {
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'paths-race-')))
  ws = path.join(base, 'ws')
  outside = path.join(base, 'outside')
  for (const d of [ws, outside]) fs.mkdirSync(d, { recursive: true })
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret\n')
  roots = [ws]
})

afterEach(() => {
  hooks.length = 0
})

/** After the second check of file (the one just before the open), runs change. */
function afterLastCheck(file: string, change: () => void): void {
  hooks.push({ file, call: 2, calls: 0, then: change })
}

function openDescriptors(): number {
  return fs.readdirSync('/proc/self/fd').length
}

describe('openForWriting when the name changes after the checks', () => {
  it('refuses a link planted at the name, and leaves its target untouched (O_NOFOLLOW)', () => {
    const file = path.join(ws, 'report.json')
    afterLastCheck(file, () => {
      fs.symlinkSync(path.join(outside, 'secret.txt'), file)
    })
    expect(() => {
      writeFileChecked(file, 'overwritten', roots)
    }).toThrow(`Refusing to write ${file}: it is a symbolic link; name a regular file or remove the link`)
    expect(fs.readFileSync(path.join(outside, 'secret.txt'), 'utf8')).toBe('secret\n')
  })

  it('refuses a file given another name, without truncating it or leaking the descriptor', () => {
    const file = path.join(ws, 'report.json')
    fs.writeFileSync(file, 'kept\n')
    afterLastCheck(file, () => {
      fs.linkSync(file, path.join(ws, 'other-name.json'))
    })
    const before = openDescriptors()
    expect(() => openForWriting(file, roots)).toThrow(
      `Refusing to write ${file}: it has other hard links; remove them or choose another name`
    )
    expect(openDescriptors()).toBe(before)
    expect(fs.readFileSync(path.join(ws, 'other-name.json'), 'utf8')).toBe('kept\n')
  })

  it('refuses something other than a regular file planted at the name (a FIFO), without leaking the descriptor', () => {
    const file = path.join(ws, 'report.json')
    const readers: number[] = []
    afterLastCheck(file, () => {
      execFileSync('mkfifo', [file])
      readers.push(fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK))
    })
    const before = openDescriptors()
    let err: unknown = null
    try {
      openForWriting(file, roots)
    } catch (e) {
      err = e
    } finally {
      for (const fd of readers) fs.closeSync(fd)
    }
    expect(err).toEqual(new Error(`Refusing to write ${file}: it exists and is not a regular file`))
    expect(openDescriptors()).toBe(before)
  })

  it('lets any other failure of the open through as it is, not as a link: a folder planted at the name', () => {
    const file = path.join(ws, 'report.json')
    afterLastCheck(file, () => {
      fs.mkdirSync(file)
    })
    let err: unknown = null
    try {
      openForWriting(file, roots)
    } catch (e) {
      err = e
    }
    expect((err as NodeJS.ErrnoException).code).toBe('EISDIR')
    expect((err as Error).message).toContain(file)
  })
})
