/** Minimal XML writing for the simulator's query-protocol responses. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Escapes text for an XML element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
}

/** One element with escaped text, or nothing when the value is null or undefined. */
export function leaf(name: string, value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = value instanceof Date ? value.toISOString() : String(value)
  return `<${name}>${escapeXml(text)}</${name}>`
}

/** One element around already-built XML children. */
export function node(name: string, children: string): string {
  return children === '' ? `<${name}/>` : `<${name}>${children}</${name}>`
}

/** The XML declaration followed by a root element carrying a namespace. */
export function document(root: string, namespace: string, children: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${namespace}">${children}</${root}>`
}
