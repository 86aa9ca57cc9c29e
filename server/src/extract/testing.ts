// For the extractor's tests: read a text with the reference units and indicators, as the API does.
import type { Proposal } from '@ldld/db/contracts'
import { INDICATORS, ORGANISATIONS } from '@ldld/seed'
import { extractFigures } from './index.ts'

export interface ReadOptions {
  unit?: string | null
  year?: number | null
}

export function read(text: string, { unit = '006', year = 2024 }: ReadOptions = {}): Proposal[] {
  return extractFigures(text, { units: ORGANISATIONS, indicators: INDICATORS, unit, year })
}

/** The fields a reviewer checks first, for compact assertions. */
export function brief(p: Proposal) {
  return {
    indicator: p.indicator,
    actual: p.actual,
    target: p.target,
    statedPercent: p.statedPercent,
  }
}

export const codes = (p: Proposal | undefined) => (p ? p.warnings.map((w) => w.code) : [])
