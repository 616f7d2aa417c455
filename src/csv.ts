import type * as fs from 'node:fs'
import { once } from 'node:events'
import { stringify } from 'csv-stringify/sync'
import { csvCell } from './escape.js'
import { writeStream } from './paths.js'

/**
 * A CSV file written a batch of rows at a time, with back-pressure, so memory stays flat. Every cell goes through
 * {@link csvCell}, and the file is opened with the checks of {@link writeStream} (inside the workspace or the
 * runner's temp folder, never through a symbolic link).
 */
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
    this.stream = writeStream(filePath)
    this.stream.on('error', (err) => (this.failure = err))
    this.stream.write(stringify([[...columns]]))
  }

  /** Creates the file (and its folder) and writes the header line. */
  static open<Row>(filePath: string, columns: readonly string[], toRow: (row: Row) => unknown[]): CsvWriter<Row> {
    return new CsvWriter(filePath, columns, toRow)
  }

  /** Appends rows, waiting for the disk when the buffer is full. */
  async write(rows: readonly Row[]): Promise<void> {
    if (this.failure) throw this.failure
    if (rows.length === 0) return
    this.rows += rows.length
    if (!this.stream.write(stringify(rows.map((r) => this.toRow(r).map(csvCell))))) await this.drain()
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
      this.stream.end((err?: Error | null) => {
        if (err) reject(err)
        else resolve()
      })
    })
    if (this.failure) throw this.failure
  }

  /** The column names, in order. */
  get header(): readonly string[] {
    return this.columns
  }
}
