import { execFileSync, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/action.js'

const GIT_ENV = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.com',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.com'
}

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.1.0]

### Added

- Something.

## [1.0.0] - 2026-01-05

- The first release.
`

/** A repository shaped like this one: the real release script, a stand-in dist check, a CHANGELOG, on main. */
function repo(opts: { distUpToDate?: boolean; changelog?: string } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-release-'))
  fs.mkdirSync(path.join(dir, 'scripts'))
  fs.copyFileSync(path.join(ROOT, 'scripts', 'release.sh'), path.join(dir, 'scripts', 'release.sh'))
  fs.writeFileSync(
    path.join(dir, 'scripts', 'check-dist.sh'),
    opts.distUpToDate === false ? 'echo "dist/ is out of date" >&2; exit 1\n' : 'echo "dist/ is up to date"\n'
  )
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0' }, null, 2) + '\n')
  fs.writeFileSync(path.join(dir, 'CHANGELOG.md'), opts.changelog ?? CHANGELOG)
  git(dir, 'init', '--quiet', '--initial-branch=main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '--quiet', '-m', 'Initial')
  git(dir, 'tag', '-a', 'v1.0.0', '-m', 'v1.0.0')
  git(dir, 'tag', '-a', 'v1', '-m', 'v1')
  git(dir, 'commit', '--quiet', '--allow-empty', '-m', 'Work after 1.0.0')
  return dir
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim()
}

function release(dir: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', [path.join(dir, 'scripts', 'release.sh'), ...args], {
    cwd: dir,
    env: { ...process.env, ...GIT_ENV, RELEASE_DATE: '2026-11-27' },
    encoding: 'utf8'
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Tags, the commit each points at (short), and HEAD's subject: what a refused release must leave unchanged. */
function state(dir: string): string {
  return (
    git(dir, 'for-each-ref', '--format=%(refname:short) %(*objectname:short)', 'refs/tags') +
    '\n' +
    git(dir, 'log', '-1', '--format=%s')
  )
}

describe('scripts/release.sh', () => {
  it('refuses a dirty working tree', () => {
    const dir = repo()
    fs.appendFileSync(path.join(dir, 'CHANGELOG.md'), '\nmore\n')
    const before = state(dir)
    const r = release(dir, '1.1.0')
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('release: the working tree has uncommitted changes: commit or stash them first\n')
    expect(state(dir)).toBe(before)
  })

  it.each(['1.1', 'v1.1', '1.1.0-rc.1', '01.1.0', '1.1.0.0', 'latest'])('refuses the version %s', (version) => {
    const dir = repo()
    const r = release(dir, version)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `release: '${version.replace(/^v/, '')}' is not a semantic version X.Y.Z (three numbers without leading zeros, e.g. 1.2.0)\n`
    )
  })

  it('refuses a version not above the latest tag', () => {
    const dir = repo()
    git(dir, 'tag', '-a', 'v1.2.0', '-m', 'v1.2.0')
    expect(release(dir, '1.1.0').stderr).toBe('release: v1.1.0 is not above the latest release v1.2.0\n')
    expect(release(dir, '1.2.0').stderr).toBe('release: v1.2.0 is already tagged\n')
    // 1.10.0 is above 1.9.0: versions compare as numbers, not as text.
    git(dir, 'tag', '-a', 'v1.10.0', '-m', 'v1.10.0')
    expect(release(dir, '1.9.0').stderr).toBe('release: v1.9.0 is not above the latest release v1.10.0\n')
  })

  it('refuses a version without a CHANGELOG entry', () => {
    const dir = repo()
    const r = release(dir, '1.2.0')
    expect(r.code).toBe(1)
    expect(r.stderr).toBe("release: CHANGELOG.md has no '## [1.2.0]' entry: move the Unreleased notes under one\n")
  })

  it('refuses a branch other than main, and an out-of-date dist/', () => {
    const dir = repo()
    git(dir, 'switch', '--quiet', '-c', 'feature')
    expect(release(dir, '1.1.0').stderr).toBe(
      "release: releases are made from main; this is 'feature' (git switch main)\n"
    )
    const stale = repo({ distUpToDate: false })
    const r = release(stale, '1.1.0')
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      "dist/ is out of date\nrelease: dist/ is out of date: run 'npm run build', commit dist/, then release\n"
    )
  })

  it('checks everything and changes nothing with --dry-run', () => {
    const dir = repo()
    const before = state(dir)
    const r = release(dir, '--dry-run', 'v1.1.0')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      [
        'Checking that dist/ matches the source ...',
        'dist/ is up to date',
        'Releasing v1.1.0 (latest release: v1.0.0); v1 will point at it.',
        "Dry run: would set package.json's version to 1.1.0, commit 'Release v1.1.0', tag v1.1.0 and move v1.",
        ''
      ].join('\n')
    )
    expect(state(dir)).toBe(before)
    expect(git(dir, 'status', '--porcelain')).toBe('')
  })

  it('sets the version, dates the entry, commits, tags vX.Y.Z and moves vX, and prints the push commands', () => {
    const dir = repo()
    const oldMajor = git(dir, 'rev-parse', 'v1^{commit}')
    const r = release(dir, '1.1.0')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const head = git(dir, 'rev-parse', 'HEAD')
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('Release v1.1.0')
    expect(git(dir, 'rev-parse', 'v1.1.0^{commit}')).toBe(head)
    expect(git(dir, 'rev-parse', 'v1^{commit}')).toBe(head)
    expect(oldMajor).not.toBe(head)
    expect(git(dir, 'cat-file', '-t', 'v1.1.0')).toBe('tag')
    expect(git(dir, 'rev-parse', 'v1.0.0^{commit}')).toBe(oldMajor)
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))).toEqual({ name: 'x', version: '1.1.0' })
    expect(fs.readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8')).toBe(
      CHANGELOG.replace('## [1.1.0]\n', '## [1.1.0] - 2026-11-27\n')
    )
    expect(git(dir, 'status', '--porcelain')).toBe('')
    expect(r.stdout.split('\n').slice(-4)).toEqual([
      `Tagged v1.1.0 and moved v1 to ${head.slice(0, 7)}. Push them with:`,
      '  git push origin main v1.1.0',
      '  git push --force origin v1',
      ''
    ])
  })

  it('makes the first release and its major tag in a repository without tags', () => {
    const dir = repo()
    for (const t of ['v1.0.0', 'v1']) git(dir, 'tag', '-d', t)
    const r = release(dir, '2.0.0')
    expect(r.code).toBe(1)
    expect(r.stderr).toBe("release: CHANGELOG.md has no '## [2.0.0]' entry: move the Unreleased notes under one\n")
    const ok = release(dir, '1.0.0')
    expect(ok.stderr).toBe('')
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('Releasing v1.0.0 (latest release: none); v1 will point at it.')
    expect(git(dir, 'tag', '--list')).toBe('v1\nv1.0.0')
    // The entry was dated already and the version was 1.0.0 already: nothing to commit, the tag goes on HEAD.
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('Work after 1.0.0')
    expect(git(dir, 'rev-parse', 'v1^{commit}')).toBe(git(dir, 'rev-parse', 'HEAD'))
  })
})
