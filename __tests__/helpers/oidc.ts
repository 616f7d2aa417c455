import * as http from 'node:http'

/** A local stand-in for the runner's OIDC token endpoint. */
export interface OidcServer {
  url: string
  requestToken: string
  token: string
  requests: { audience: string | null; authorization: string | undefined }[]
  close(): Promise<void>
}

/** Starts a server that answers ACTIONS_ID_TOKEN_REQUEST_URL requests with a fixed JWT-like token. */
export async function startOidcServer(
  token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm9yZy9yZXBvIn0.c2lnbmF0dXJlLW9pZGMtdGVzdA'
): Promise<OidcServer> {
  const requests: OidcServer['requests'] = []
  const requestToken = 'runner-request-token-4f1c2a'
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    requests.push({ audience: url.searchParams.get('audience'), authorization: req.headers.authorization })
    if (req.headers.authorization !== `Bearer ${requestToken}`) {
      res.writeHead(401).end('{"message":"bad request token"}')
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: token }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const addr = server.address()
  const port = typeof addr === 'object' && addr ? addr.port : 0
  return {
    url: `http://127.0.0.1:${port}/token?api-version=2.0`,
    requestToken,
    token,
    requests,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve()
        })
      )
  }
}
