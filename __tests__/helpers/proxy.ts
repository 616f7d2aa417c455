import * as http from 'node:http'

/** What the pass-through proxy lets a test do with each exchange. */
export interface ProxyHooks {
  /** Milliseconds to hold a request before forwarding it (a slow network for that call). */
  delayMs?(method: string, url: string): number
  /** Holds a request until the promise settles (undefined: forward at once); sees the request body. */
  hold?(method: string, url: string, body: string): Promise<void> | undefined
  /** Sees every response body. */
  onResponse?(method: string, url: string, body: string): void
  /** Replaces a response body before it is passed on. */
  rewrite?(method: string, url: string, body: string): string
}

/** A pass-through HTTP proxy to the emulator, for slowing chosen calls or reading or rewriting responses. */
export async function startProxy(
  upstream: string,
  hooks: ProxyHooks
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const method = req.method ?? 'GET'
      const url = req.url ?? '/'
      const forward = async (): Promise<void> => {
        const headers = Object.fromEntries(
          Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && k !== 'host')
        ) as Record<string, string>
        const r = await fetch(upstream + url, {
          method,
          headers,
          ...(chunks.length ? { body: Buffer.concat(chunks) } : {})
        })
        const received = Buffer.from(await r.arrayBuffer())
        const body = hooks.rewrite ? Buffer.from(hooks.rewrite(method, url, received.toString('utf8'))) : received
        hooks.onResponse?.(method, url, body.toString('utf8'))
        const skip = ['content-length', 'transfer-encoding', 'content-encoding']
        res.writeHead(r.status, Object.fromEntries([...r.headers].filter(([k]) => !skip.includes(k))))
        res.end(body)
      }
      const held = hooks.hold?.(method, url, Buffer.concat(chunks).toString('utf8')) ?? Promise.resolve()
      void held.then(() =>
        setTimeout(() => void forward().catch(() => res.destroy()), hooks.delayMs?.(method, url) ?? 0)
      )
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const addr = server.address()
  return {
    url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve()
        })
      )
  }
}
