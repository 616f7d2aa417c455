import * as fs from 'node:fs'
import * as path from 'node:path'
import { once } from 'node:events'

const NEEDS_QUOTES = /[",\n\r]/

/**
 * One CSV field, cast as csv-stringify casts it (booleans as 1 or empty, dates as epoch milliseconds, objects as JSON,
 * null and undefined as empty), quoted when it holds a comma, a quote or a line break, quotes doubled.
 */
export function csvField(value: unknown): string {
  let text: string
  switch (typeof value) {
    case 'string':
      text = value
      break
    case 'number':
    case 'bigint':
      return String(value)
    case 'boolean':
      return value ? '1' : ''
    case 'undefined':
      return ''
    case 'object':
      if (value === null) return ''
      text = value instanceof Date ? String(value.getTime()) : JSON.stringify(value)
      break
    default:
      text = String(value)
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV line, newline included. */
export function csvLine(values: readonly unknown[]): string {
  let line = ''
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : ',') + csvField(values[i])
  return line + '\n'
}

/** A CSV file written a batch of rows at a time, with back-pressure, so memory stays flat. */
export class CsvWriter<Row> {
  private readonly stream: fs.WriteStream
  private rows = 0
  private failure: Error | null = null
  /** One wait for 'drain' shared by every writer blocked on the full buffer (listings write concurrently). */
  private drained: Promise<void> | null = null

  private constructor(
    readonly filePath: string,
    private readonly columns: readonly string[],
    private readonly toRow: (row: Row) => unknown[]
  ) {
    this.stream = fs.createWriteStream(filePath, { encoding: 'utf8' })
    this.stream.on('error', (err) => (this.failure = err))
    this.stream.write(csvLine(columns))
  }

  /** Creates the file (and its folder) and writes the header line. */
  static open<Row>(filePath: string, columns: readonly string[], toRow: (row: Row) => unknown[]): CsvWriter<Row> {
    fs.mkdirSync(path.dirname(filePath), { recursive: true })
    return new CsvWriter(filePath, columns, toRow)
  }

  /** Appends rows, waiting for the disk when the buffer is full. */
  async write(rows: readonly Row[]): Promise<void> {
    if (this.failure) throw this.failure
    if (rows.length === 0) return
    this.rows += rows.length
    let text = ''
    for (const row of rows) text += csvLine(this.toRow(row))
    if (!this.stream.write(text)) await this.drain()
  }

  private drain(): Promise<void> {
    this.drained ??= once(this.stream, 'drain').then(() => {
      this.drained = null
    })
    return this.drained
  }

  /** How many data rows were written. */
  get rowCount(): number {
    return this.rows
  }

  /** Flushes and closes the file. */
  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.stream.end((err?: Error | null) => (err ? reject(err) : resolve()))
    })
    if (this.failure) throw this.failure
  }

  /** The column names, in order. */
  get header(): readonly string[] {
    return this.columns
  }
}
