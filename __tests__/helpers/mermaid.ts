import { JSDOM } from 'jsdom'

/** The ```mermaid blocks of a markdown text, without their fences. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1] ?? '')
}

type Parse = (text: string) => Promise<unknown>
let parser: Promise<Parse> | null = null

/** Mermaid's own parser, loaded once in a headless DOM (jsdom), as GitHub's renderer would read the block. */
function mermaidParser(): Promise<Parse> {
  parser ??= (async () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>')
    const g = globalThis as Record<string, unknown>
    g.window ??= dom.window
    g.document ??= dom.window.document
    const { default: mermaid } = await import('mermaid')
    mermaid.initialize({ startOnLoad: false })
    return (text: string) => mermaid.parse(text)
  })()
  return parser
}

/**
 * Parses every mermaid block of the markdown with Mermaid; throws naming the block that does not parse. Returns the
 * blocks, so that a test can also assert how many there are.
 */
export async function validMermaidBlocks(markdown: string): Promise<string[]> {
  const parse = await mermaidParser()
  const blocks = mermaidBlocks(markdown)
  for (const [i, block] of blocks.entries()) {
    try {
      await parse(block)
    } catch (err) {
      throw new Error(`mermaid block ${i + 1} does not parse: ${(err as Error).message}\n${block}`, { cause: err })
    }
  }
  return blocks
}
