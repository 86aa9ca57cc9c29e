// Every seed figure passes the same checks as a figure a user enters (figureInputSchema and the
// unit bounds from the contracts), plus the references the database would otherwise reject late.
import { figureInputSchema, unitBoundIssues, type Figure } from '@ldld/db/contracts'
import { INDICATOR_BY_KEY } from './indicators.ts'
import { ORGANISATIONS } from './organisations.ts'
import { cellKey, type SeedFigure } from './seed-figure.ts'
import { SOURCES } from './sources.ts'

const UNIT_CODES = ORGANISATIONS.map((o) => o.code)
const SOURCE_SLUGS = SOURCES.map((s) => s.slug)

/** Units and sources a figure may name: the reference ones, plus the demo's own. */
interface Known {
  units: ReadonlySet<string>
  sources: ReadonlySet<string>
}

function issuesOf(input: SeedFigure, known: Known): { figure: Figure | null; issues: string[] } {
  const parsed = figureInputSchema.safeParse(input)
  if (!parsed.success) {
    return {
      figure: null,
      issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(dòng)'}: ${i.message}`),
    }
  }
  const figure = parsed.data
  const issues: string[] = []
  const indicator = INDICATOR_BY_KEY.get(figure.indicator)
  if (!indicator) issues.push(`chỉ tiêu "${figure.indicator}" không có trong danh mục`)
  else {
    issues.push(...unitBoundIssues(figure, indicator.unitKind))
    if (indicator.firstYear !== null && figure.year < indicator.firstYear) {
      issues.push(`chỉ tiêu chỉ có từ năm ${indicator.firstYear}`)
    }
    if (!indicator.takesTarget && figure.target !== null) issues.push('chỉ tiêu này không giao kế hoạch')
  }
  if (!known.units.has(figure.unit)) issues.push(`đơn vị "${figure.unit}" không tồn tại`)
  if (figure.source !== null && !known.sources.has(figure.source))
    issues.push(`nguồn "${figure.source}" không tồn tại`)
  return { figure, issues }
}

/**
 * Parses every figure, or throws one error naming each failing cell and why, before anything is
 * written: a half-seeded database is worse than none.
 */
export function validateFigures(
  inputs: readonly SeedFigure[],
  extra: { units?: readonly string[]; sources?: readonly string[] } = {},
): Figure[] {
  const known: Known = {
    units: new Set([...UNIT_CODES, ...(extra.units ?? [])]),
    sources: new Set([...SOURCE_SLUGS, ...(extra.sources ?? [])]),
  }
  const figures: Figure[] = []
  const problems: string[] = []
  const seen = new Set<string>()
  for (const input of inputs) {
    const key = cellKey(input.unit, input.indicator, input.year)
    const { figure, issues } = issuesOf(input, known)
    if (seen.has(key)) issues.push('ô số liệu bị trùng')
    seen.add(key)
    if (figure && issues.length === 0) figures.push(figure)
    else problems.push(`${key}: ${issues.join('; ')}`)
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).join('\n  ')
    const more = problems.length > 10 ? `\n  … và ${problems.length - 10} dòng khác` : ''
    throw new Error(`Dữ liệu mẫu không hợp lệ (${problems.length} dòng):\n  ${shown}${more}`)
  }
  return figures
}
