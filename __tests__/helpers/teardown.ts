/** A server a test file starts in beforeAll: moto (stop) or one of the fakes and proxies (close). */
export type Started = { stop(): Promise<unknown> } | { close(): Promise<unknown> }

/**
 * Stops, in order, the servers a beforeAll started. A beforeAll that failed part-way leaves the later ones
 * unassigned (undefined, whatever their declared type), and those are skipped.
 */
export async function stopStarted(...servers: (Started | undefined)[]): Promise<void> {
  for (const server of servers) {
    if (server === undefined) continue
    await ('stop' in server ? server.stop() : server.close())
  }
}
