/**
 * Where the action may read and write files: inside the workspace or the runner's temp folder, judged on the real
 * path (every symbolic link followed), with the file itself never a link. Used when the inputs are parsed and again
 * at the moment a file is opened, since a link can be planted in between.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

/** A path the action refuses; `reason` reads after the path ("... is a symbolic link"). */
export class PathError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string
  ) {
    super(`${file} ${reason}`)
    this.name = 'PathError'
  }
}

/** Whether a path names a file to write or read, or a folder to read below. */
export type PathKind = 'file' | 'folder'

/** The workspace and the runner's temp folder (the working directory and the OS temp folder outside a runner). */
export function actionRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  return [env.GITHUB_WORKSPACE ?? process.cwd(), env.RUNNER_TEMP ?? os.tmpdir()].map((root) => realPath(root))
}

function lstatOrNull(p: string): fs.Stats | null {
  try {
    return fs.lstatSync(p)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return null
    throw err
  }
}

/**
 * The real path of p: the longest part that exists, resolved with every symbolic link followed, then the rest.
 * A link whose target does not exist cannot be resolved and is refused.
 */
export function realPath(p: string): string {
  const rest: string[] = []
  let current = path.resolve(p)
  for (;;) {
    try {
      return path.join(fs.realpathSync.native(current), ...rest)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw err
      if (lstatOrNull(current)?.isSymbolicLink()) {
        throw new PathError(path.resolve(p), `goes through ${current}, a symbolic link to a target that does not exist`)
      }
      const parent = path.dirname(current)
      if (parent === current) return path.join(current, ...rest)
      rest.unshift(path.basename(current))
      current = parent
    }
  }
}

/** Whether p is root or below it, compared by whole path segments (a sibling `root-evil` is not below `root`). */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
}

/**
 * Checks a path the action will use and returns its real path. A folder is resolved through links; a file's folder
 * is, but the file itself must not be a link, must be a regular file with one name if it exists, and cannot be a
 * root itself. Either way the real path must be inside one of the roots. Throws a PathError saying why not.
 */
export function checkedPath(p: string, kind: PathKind, roots: readonly string[] = actionRoots()): string {
  const abs = path.resolve(p)
  const real = kind === 'folder' ? realPath(abs) : path.join(realPath(path.dirname(abs)), path.basename(abs))
  if (!roots.some((r) => isInside(r, real))) {
    const via = real === abs ? '' : ` (it resolves to ${real})`
    throw new PathError(abs, `is outside the workspace and the runner's temp folder${via}`)
  }
  if (kind === 'folder') return real
  if (roots.includes(real)) throw new PathError(abs, 'is the workspace or temp folder itself, not a file in it')
  const st = lstatOrNull(abs)
  if (st?.isSymbolicLink()) throw new PathError(abs, 'is a symbolic link; name a regular file or remove the link')
  if (st && !st.isFile()) throw new PathError(abs, 'exists and is not a regular file')
  if (st && st.nlink > 1) throw new PathError(abs, 'has other hard links; remove them or choose another name')
  return real
}

/** Turns a PathError met while opening a file into the step's error: what was refused, and why. */
function refused(verb: 'write' | 'read', err: unknown): unknown {
  return err instanceof PathError ? new Error(`Refusing to ${verb} ${err.file}: it ${err.reason}`) : err
}

/** O_NOFOLLOW where the platform has it (not on Windows, where the lstat check stands alone). */
export const NO_FOLLOW: number = (fs.constants as Partial<typeof fs.constants>).O_NOFOLLOW ?? 0

/**
 * Opens a file for writing, creating its folder, after checking it (before and after creating the folder) with
 * {@link checkedPath}; the open itself refuses a link at the file's name (O_NOFOLLOW) and truncates only a regular
 * file with one name. Returns the file descriptor; throws an Error saying what was refused and why.
 */
export function openForWriting(file: string, roots: readonly string[] = actionRoots()): number {
  try {
    return openChecked(file, roots)
  } catch (err) {
    throw refused('write', err)
  }
}

function openChecked(file: string, roots: readonly string[]): number {
  checkedPath(file, 'file', roots)
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const real = checkedPath(file, 'file', roots)
  let fd: number
  try {
    fd = fs.openSync(real, fs.constants.O_WRONLY | fs.constants.O_CREAT | NO_FOLLOW, 0o644)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOOP')
      throw new PathError(path.resolve(file), 'is a symbolic link; name a regular file or remove the link')
    throw err
  }
  try {
    const st = fs.fstatSync(fd)
    if (!st.isFile()) throw new PathError(path.resolve(file), 'exists and is not a regular file')
    if (st.nlink > 1)
      throw new PathError(path.resolve(file), 'has other hard links; remove them or choose another name')
    fs.ftruncateSync(fd, 0)
    return fd
  } catch (err) {
    fs.closeSync(fd)
    throw err
  }
}

/** A write stream on a file opened with {@link openForWriting}. */
export function writeStream(file: string, roots: readonly string[] = actionRoots()): fs.WriteStream {
  return fs.createWriteStream(file, { fd: openForWriting(file, roots), encoding: 'utf8' })
}

/** Writes a whole file opened with {@link openForWriting}. */
export function writeFileChecked(file: string, text: string, roots: readonly string[] = actionRoots()): void {
  const fd = openForWriting(file, roots)
  try {
    fs.writeFileSync(fd, text, 'utf8')
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * Checks a file before reading it: it must not be a symbolic link, must be a regular file, and its real path must be
 * inside the roots. A file that does not exist is returned as it is, for the caller to report. Returns the path;
 * throws an Error saying what was refused and why.
 */
export function readableFile(file: string, roots: readonly string[] = actionRoots()): string {
  if (lstatOrNull(file) === null) return file
  try {
    checkedPath(file, 'file', roots)
  } catch (err) {
    throw refused('read', err)
  }
  return file
}
