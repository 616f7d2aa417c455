import * as core from '@actions/core'
import { logLine } from './escape.js'

/** An annotation's properties with its title made inert for the log. */
function props(p: core.AnnotationProperties | undefined): core.AnnotationProperties | undefined {
  return p?.title === undefined ? p : { ...p, title: logLine(p.title) }
}

/** Writes one line to the job log, made inert by {@link logLine}. */
export function info(text: string): void {
  core.info(logLine(text))
}

/** Writes every line of a multi-line text to the job log, each made inert by {@link logLine}. */
export function infoLines(text: string): void {
  for (const line of text.split('\n')) core.info(logLine(line))
}

/** A warning annotation whose message and title are made inert by {@link logLine}. */
export function warning(text: string, properties?: core.AnnotationProperties): void {
  core.warning(logLine(text), props(properties))
}

/** An error annotation whose message and title are made inert by {@link logLine}. */
export function error(text: string, properties?: core.AnnotationProperties): void {
  core.error(logLine(text), props(properties))
}

/** A notice annotation whose message and title are made inert by {@link logLine}. */
export function notice(text: string, properties?: core.AnnotationProperties): void {
  core.notice(logLine(text), props(properties))
}
