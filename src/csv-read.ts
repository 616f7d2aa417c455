/**
 * Reads a CSV file the action wrote (RFC 4180: fields quoted with ", quotes doubled inside), one record at a time,
 * so memory stays flat. The file may come from an artifact, so it is read as hostile: the header must be the one
 * expected, a record is bounded in length, and the file must end outside a quoted field.
 */
import * as fs from 'node:fs'
import { NO_FOLLOW, readableFile } from './paths.js'

/** The longest record read; the action's rows stay far below it (the longest cell is a snapshot's tags). */
export const MAX_RECORD_CHARS = 1024 * 1024

/** A CSV file that is not what the action writes; it names the file and the record. */
export class CsvReadError extends Error {
  constructor(
    readonly file: string,
    problem: string
  ) {
    super(`${file}: ${problem}`)
  }
}

/** Splits CSV text into records of fields as it arrives. */
class RecordParser {
  private field = ''
  private fields: string[] = []
  private quoted = false
  /** A quote was just read inside a quoted field: the next character says whether it closes it or is doubled. */
  private quoteSeen = false
  private length = 0
  private started = false

  constructor(private readonly file: string) {}

  /** Feeds text; returns the records it completed. */
  feed(text: string): string[][] {
    const out: string[][] = []
    for (const c of text) {
      if (++this.length > MAX_RECORD_CHARS)
        throw new CsvReadError(this.file, `a record is longer than ${MAX_RECORD_CHARS} characters`)
      this.started = true
      if (this.quoted) {
        if (this.quoteSeen) {
          this.quoteSeen = false
          if (c === '"') {
            this.field += '"'
            continue
          }
          this.quoted = false
        } else if (c === '"') {
          this.quoteSeen = true
          continue
        } else {
          this.field += c
          continue
        }
      }
      if (c === '"' && this.field === '') this.quoted = true
      else if (c === ',') this.endField()
      else if (c === '\n') out.push(this.endRecord())
      else if (c !== '\r') this.field += c
    }
    return out
  }

  private endField(): void {
    this.fields.push(this.field)
    this.field = ''
  }

  private endRecord(): string[] {
    this.endField()
    const record = this.fields
    this.fields = []
    this.length = 0
    this.started = false
    return record
  }

  /** The last record when the file does not end in a line break; throws when it ends inside quotes. */
  end(): string[] | null {
    if (this.quoted && !this.quoteSeen) throw new CsvReadError(this.file, 'the last record ends inside a quoted field')
    this.quoted = false
    return this.started ? this.endRecord() : null
  }
}

/**
 * Yields the records of a CSV file after checking that its header is `header` (a leading byte-order mark is allowed).
 * The file must not be a symbolic link and must be inside the workspace or the runner's temp folder.
 */
export async function* readCsvRecords(file: string, header: readonly string[]): AsyncGenerator<string[]> {
  const fd = fs.openSync(readableFile(file), fs.constants.O_RDONLY | NO_FOLLOW)
  const stream = fs.createReadStream('', { fd, encoding: 'utf8', highWaterMark: 256 * 1024 })
  const parser = new RecordParser(file)
  let first = true
  const check = (record: string[]): void => {
    const names = record.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, '') : f))
    if (names.join(',') !== header.join(','))
      throw new CsvReadError(file, `its header differs from this version's columns (${header.join(',')})`)
  }
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      for (const record of parser.feed(chunk)) {
        if (first) {
          check(record)
          first = false
        } else yield record
      }
    }
    const last = parser.end()
    if (last !== null) {
      if (first) {
        check(last)
        first = false
      } else yield last
    }
  } finally {
    stream.destroy()
  }
  if (first) throw new CsvReadError(file, 'is empty: it has no header')
}
