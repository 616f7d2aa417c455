import { describe, expect, it } from 'vitest'
import { annotateFindings, annotationOf, type AnnotationSink } from '../../src/report/annotations.js'
import type { Finding } from '../../src/findings.js'
import { RULE_SEVERITY } from '../../src/rules.js'
import { defined } from '../helpers/defined.js'

function finding(rule: Finding['rule'], resourceId: string): Finding {
  return {
    rule,
    severity: RULE_SEVERITY[rule],
    accountId: '123456789012',
    region: 'eu-west-1',
    service: 'ebs',
    resourceId,
    message: `${resourceId} is bad; fix it.`
  }
}

function recorder(): AnnotationSink & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    error: (m, p) => lines.push(`error [${p.title ?? ''}] ${m}`),
    warning: (m, p) => lines.push(`warning [${p.title ?? ''}] ${m}`),
    notice: (m, p) => lines.push(`notice [${p?.title ?? ''}] ${m}`)
  }
}

const findings = [
  finding('public-snapshot', 'snap-a'),
  finding('stale-backup', 'vol-b'),
  finding('shared-snapshot', 'snap-c'),
  finding('old-snapshot', 'snap-d')
]

describe('annotations', () => {
  it('annotates each finding at its severity with the rule and resource as title and the account and region in the text', () => {
    const sink = recorder()
    expect(annotateFindings(findings, { total: 4, max: 50, where: 'findings.json' }, sink)).toBe(4)
    expect(sink.lines).toEqual([
      'error [public-snapshot: snap-a] [123456789012 eu-west-1] snap-a is bad; fix it.',
      'error [stale-backup: vol-b] [123456789012 eu-west-1] vol-b is bad; fix it.',
      'warning [shared-snapshot: snap-c] [123456789012 eu-west-1] snap-c is bad; fix it.',
      'notice [old-snapshot: snap-d] [123456789012 eu-west-1] snap-d is bad; fix it.'
    ])
    expect(annotationOf(defined(findings[0]))).toEqual({
      title: 'public-snapshot: snap-a',
      message: '[123456789012 eu-west-1] snap-a is bad; fix it.'
    })
  })

  it('stops at max-annotations and ends with one notice that states the total and where the rest are', () => {
    const sink = recorder()
    expect(
      annotateFindings(findings, { total: 1234, max: 2, where: 'check.findings.json (output findings-json)' }, sink)
    ).toBe(2)
    expect(sink.lines).toEqual([
      'error [public-snapshot: snap-a] [123456789012 eu-west-1] snap-a is bad; fix it.',
      'error [stale-backup: vol-b] [123456789012 eu-west-1] vol-b is bad; fix it.',
      'notice [] 1,234 findings in all; 2 are annotated (max-annotations 2). Every finding is in check.findings.json (output findings-json).'
    ])
  })

  it('with max-annotations 0 gives only the notice, and with no findings nothing at all', () => {
    const sink = recorder()
    annotateFindings(findings, { total: 4, max: 0, where: 'f.json' }, sink)
    expect(sink.lines).toEqual([
      'notice [] 4 findings in all; 0 are annotated (max-annotations 0). Every finding is in f.json.'
    ])
    const quiet = recorder()
    expect(annotateFindings([], { total: 0, max: 50, where: 'f.json' }, quiet)).toBe(0)
    expect(quiet.lines).toEqual([])
  })
})
