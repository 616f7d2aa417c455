import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  actionRoots,
  checkedPath,
  isInside,
  openForWriting,
  PathError,
  readableFile,
  realPath,
  writeFileChecked
} from '../../src/paths.js'

/** A scratch tree: base/ws (workspace), base/ws/tmp (runner temp), base/ws-evil (a sibling), base/outside. */
let base: string
let ws: string
let temp: string
let evil: string
let outside: string
let roots: string[]

beforeEach(() => {
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'paths-')))
  ws = path.join(base, 'ws')
  temp = path.join(ws, 'tmp')
  evil = path.join(base, 'ws-evil')
  outside = path.join(base, 'outside')
  for (const d of [ws, temp, evil, outside]) fs.mkdirSync(d, { recursive: true })
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret\n')
  roots = [ws, temp]
})

/** The message of the Error that fn throws (writing and reading report what was refused). */
function refusal(fn: () => unknown): string {
  try {
    fn()
  } catch (err) {
    expect(err).not.toBeInstanceOf(PathError)
    return (err as Error).message
  }
  throw new Error('expected an error')
}

function reason(fn: () => unknown): string {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(PathError)
    return (err as PathError).reason
  }
  throw new Error('expected a PathError')
}

describe('isInside', () => {
  it('compares whole path segments: a sibling with the root as its prefix is outside', () => {
    expect(isInside(ws, evil)).toBe(false)
    expect(isInside(ws, path.join(evil, 'x.csv'))).toBe(false)
    expect(evil.startsWith(ws)).toBe(true)
    expect(isInside(ws, ws)).toBe(true)
    expect(isInside(ws, path.join(ws, '..x', 'y'))).toBe(true)
    expect(isInside(ws, path.dirname(ws))).toBe(false)
  })
})

describe('realPath', () => {
  it('follows links in the part that exists and appends the rest', () => {
    fs.symlinkSync(outside, path.join(ws, 'out'))
    expect(realPath(path.join(ws, 'out', 'new', 'x.csv'))).toBe(path.join(outside, 'new', 'x.csv'))
    expect(realPath(path.join(ws, 'a', 'b'))).toBe(path.join(ws, 'a', 'b'))
  })

  it('refuses a link whose target does not exist', () => {
    fs.symlinkSync(path.join(outside, 'missing'), path.join(ws, 'dangling'))
    expect(reason(() => realPath(path.join(ws, 'dangling', 'x.csv')))).toMatch(/a symbolic link to a target that does/)
  })
})

describe('checkedPath', () => {
  it('returns the real path of a file inside a root', () => {
    expect(checkedPath(path.join(ws, 'out', 'inv.csv'), 'file', roots)).toBe(path.join(ws, 'out', 'inv.csv'))
    expect(checkedPath(path.join(temp, 'inv.csv'), 'file', roots)).toBe(path.join(temp, 'inv.csv'))
  })

  it('refuses a sibling folder whose name starts with the workspace name', () => {
    expect(reason(() => checkedPath(path.join(evil, 'x.csv'), 'file', roots))).toBe(
      "is outside the workspace and the runner's temp folder"
    )
  })

  it('refuses a folder link that leads outside, naming where it leads', () => {
    fs.symlinkSync(outside, path.join(ws, 'out'))
    expect(reason(() => checkedPath(path.join(ws, 'out', 'x.csv'), 'file', roots))).toBe(
      `is outside the workspace and the runner's temp folder (it resolves to ${path.join(outside, 'x.csv')})`
    )
    expect(reason(() => checkedPath(path.join(ws, 'out'), 'folder', roots))).toMatch(/is outside the workspace/)
  })

  it('refuses a file that is a link, wherever it points', () => {
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'a.csv'))
    fs.writeFileSync(path.join(ws, 'real.csv'), '')
    fs.symlinkSync(path.join(ws, 'real.csv'), path.join(ws, 'b.csv'))
    for (const name of ['a.csv', 'b.csv'])
      expect(reason(() => checkedPath(path.join(ws, name), 'file', roots))).toBe(
        'is a symbolic link; name a regular file or remove the link'
      )
  })

  it('refuses a root itself as a file, but accepts it as a folder', () => {
    for (const r of roots)
      expect(reason(() => checkedPath(r, 'file', roots))).toBe(
        'is the workspace or temp folder itself, not a file in it'
      )
    expect(checkedPath(ws, 'folder', roots)).toBe(ws)
  })

  it('refuses an existing folder or a file with other hard links as a file', () => {
    fs.mkdirSync(path.join(ws, 'dir.csv'))
    expect(reason(() => checkedPath(path.join(ws, 'dir.csv'), 'file', roots))).toBe('exists and is not a regular file')
    fs.linkSync(path.join(outside, 'secret.txt'), path.join(ws, 'hard.csv'))
    expect(reason(() => checkedPath(path.join(ws, 'hard.csv'), 'file', roots))).toMatch(/has other hard links/)
  })

  it('resolves the roots themselves through links', () => {
    const linkedWs = path.join(base, 'ws-link')
    fs.symlinkSync(ws, linkedWs)
    const r = actionRoots({ GITHUB_WORKSPACE: linkedWs, RUNNER_TEMP: temp })
    expect(r).toEqual([ws, temp])
    expect(checkedPath(path.join(linkedWs, 'x.csv'), 'file', r)).toBe(path.join(ws, 'x.csv'))
  })
})

describe('openForWriting and writeFileChecked', () => {
  it('creates the folder and writes a regular file, truncating an earlier one', () => {
    const file = path.join(ws, 'new', 'r.json')
    writeFileChecked(file, 'first, longer\n', roots)
    writeFileChecked(file, 'second\n', roots)
    expect(fs.readFileSync(file, 'utf8')).toBe('second\n')
  })

  it('refuses a link planted at the name after the inputs were checked; the target is unchanged', () => {
    const file = path.join(ws, 'r.summary.json')
    expect(checkedPath(file, 'file', roots)).toBe(file)
    fs.symlinkSync(path.join(outside, 'secret.txt'), file)
    expect(refusal(() => openForWriting(file, roots))).toBe(
      `Refusing to write ${file}: it is a symbolic link; name a regular file or remove the link`
    )
    fs.unlinkSync(file)
    fs.symlinkSync(path.join(outside, 'new.txt'), file)
    expect(
      refusal(() => {
        writeFileChecked(file, 'x', roots)
      })
    ).toMatch(/^Refusing to write .*: it is a symbolic link/)
    expect(fs.readFileSync(path.join(outside, 'secret.txt'), 'utf8')).toBe('secret\n')
    expect(fs.existsSync(path.join(outside, 'new.txt'))).toBe(false)
  })

  it('refuses a folder swapped for a link to outside after the check', () => {
    const dir = path.join(ws, 'reports')
    fs.mkdirSync(dir)
    expect(checkedPath(path.join(dir, 'x.csv'), 'file', roots)).toBe(path.join(dir, 'x.csv'))
    fs.rmdirSync(dir)
    fs.symlinkSync(outside, dir)
    expect(
      refusal(() => {
        writeFileChecked(path.join(dir, 'x.csv'), 'x', roots)
      })
    ).toBe(
      `Refusing to write ${path.join(dir, 'x.csv')}: it is outside the workspace and the runner's temp folder (it resolves to ${path.join(outside, 'x.csv')})`
    )
    expect(fs.readdirSync(outside)).toEqual(['secret.txt'])
  })
})

describe('readableFile', () => {
  it('returns a regular file inside a root, and a missing file for the caller to report', () => {
    fs.writeFileSync(path.join(ws, 'a.summary.json'), '{}')
    expect(readableFile(path.join(ws, 'a.summary.json'), roots)).toBe(path.join(ws, 'a.summary.json'))
    expect(readableFile(path.join(ws, 'missing.csv'), roots)).toBe(path.join(ws, 'missing.csv'))
  })

  it('refuses a link, and a file whose folder leads outside', () => {
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'b.summary.json'))
    expect(refusal(() => readableFile(path.join(ws, 'b.summary.json'), roots))).toMatch(
      /^Refusing to read .*b\.summary\.json: it is a symbolic link/
    )
    fs.symlinkSync(outside, path.join(ws, 'dl'))
    expect(refusal(() => readableFile(path.join(ws, 'dl', 'secret.txt'), roots))).toMatch(
      /^Refusing to read .*: it is outside/
    )
  })
})
