import * as fs from 'node:fs'
import { parse } from 'csv-parse/sync'

/** Reads a CSV file into objects keyed by the header. */
export function readCsv(file: string): Record<string, string>[] {
  return parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { columns: true })
}

/** The header line of a CSV file. */
export function csvHeader(file: string): string[] {
  return (fs.readFileSync(file, 'utf8').split('\n')[0] ?? '').split(',')
}
