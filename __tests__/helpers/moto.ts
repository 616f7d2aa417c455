import { spawn, type ChildProcess } from 'node:child_process'
import * as net from 'node:net'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** A running moto server. */
export interface Moto {
  url: string
  port: number
  /** Clears every account's and region's state. */
  reset(): Promise<void>
  /** Turns IAM enforcement on (true) or off. */
  enforceIam(on: boolean): Promise<void>
  stop(): Promise<void>
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => {
        resolve(port)
      })
    })
  })
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`moto exited with ${child.exitCode}: ${log()}`)
    try {
      const res = await fetch(`${url}/moto-api/data.json`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`moto did not start at ${url}: ${log()}`)
}

/** Starts the moto server from .venv (scripts/setup-moto.sh installs it) on a free port. */
export async function startMoto(env: Record<string, string> = {}): Promise<Moto> {
  const port = await freePort()
  const python = path.join(ROOT, '.venv', 'bin', 'python')
  let output = ''
  const child = spawn(python, ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, MOTO_EC2_LOAD_DEFAULT_AMIS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)))
  child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)))
  const url = `http://127.0.0.1:${port}`
  await waitUntilUp(url, child, () => output)
  return {
    url,
    port,
    reset: async () => {
      await fetch(`${url}/moto-api/reset`, { method: 'POST' })
    },
    enforceIam: async (on) => {
      await fetch(`${url}/moto-api/reset-auth`, { method: 'POST', body: on ? '0' : 'inf' })
    },
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await exited
    }
  }
}
