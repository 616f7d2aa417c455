import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createClientFactory } from '../../src/clients.js'
import { readRegionSettings } from '../../src/account-settings.js'
import { readSnapshotLocks } from '../../src/snapshot-locks.js'
import { isUnimplemented, UnimplementedError } from '../../src/unimplemented.js'

/** What moto's server (Werkzeug) answers for an action it does not implement, byte for byte. */
const MOTO_500 = [
  '<!doctype html>',
  '<html lang=en>',
  '<title>500 Internal Server Error</title>',
  '<h1>Internal Server Error</h1>',
  '<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>',
  ''
].join('\n')

/** An endpoint that answers every call as moto answers one it does not implement, but GetEbsEncryptionByDefault. */
let server: Server
let url = ''
let requests: string[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      requests.push(new URLSearchParams(body).get('Action') ?? '')
      const ebs = body.includes('Action=GetEbsEncryptionByDefault')
      if (ebs) {
        res.writeHead(200, { 'content-type': 'text/xml' })
        res.end(
          '<GetEbsEncryptionByDefaultResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><ebsEncryptionByDefault>false</ebsEncryptionByDefault></GetEbsEncryptionByDefaultResponse>'
        )
        return
      }
      res.writeHead(500, { 'content-type': 'text/html; charset=utf-8' })
      res.end(MOTO_500)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.close(() => {
        resolve()
      })
    })
)
beforeEach(() => {
  requests = []
})

const factory = () =>
  createClientFactory({
    accountId: '123456789012',
    credentials: () => Promise.resolve({ accessKeyId: 'A', secretAccessKey: 'S' }),
    endpoint: url,
    retryBackoffMs: () => 0
  })

describe('a call the endpoint does not implement', () => {
  it('is asked once, not retried, and reported as unimplemented next to the setting that was read', async () => {
    const settings = await readRegionSettings(factory().ec2('eu-west-1'), '123456789012', 'eu-west-1')
    expect(settings).toEqual({
      accountId: '123456789012',
      region: 'eu-west-1',
      publicSharing: {
        ok: false,
        kind: 'unimplemented',
        message: 'the endpoint does not implement GetSnapshotBlockPublicAccessState'
      },
      encryptionByDefault: { ok: true, value: false }
    })
    expect(requests.sort()).toEqual(['GetEbsEncryptionByDefault', 'GetSnapshotBlockPublicAccessState'])
  })

  it('ends a lock read with an UnimplementedError after one request', async () => {
    const err = await readSnapshotLocks(factory().ec2('eu-west-1')).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UnimplementedError)
    expect(isUnimplemented(err)).toBe(true)
    expect(requests).toEqual(['DescribeLockedSnapshots'])
  })

  it('is not confused with AWS errors: a parsed error code or another status is not unimplemented', () => {
    const sdk = (name: string, status: number, message: string) =>
      Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } })
    expect(isUnimplemented(sdk('Error', 500, '@aws-sdk XML parse error: mismatched tags'))).toBe(true)
    expect(isUnimplemented(sdk('InternalError', 500, 'An internal error has occurred'))).toBe(false)
    expect(isUnimplemented(sdk('Error', 503, '@aws-sdk XML parse error: mismatched tags'))).toBe(false)
    expect(isUnimplemented(sdk('UnauthorizedOperation', 403, 'denied'))).toBe(false)
  })
})
