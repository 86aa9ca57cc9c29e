// Reads Vietnamese report text and proposes figures: pure, deterministic, offline. Nothing here
// writes; a person accepts, edits or rejects every proposal. A missed figure is better than a false
// one, so every rule that is unsure says nothing.
import { scanNumbers, type ExtractWarning, type Proposal, type UnitKind } from '@ldld/db/contracts'
import { MONEY_INDICATORS } from './indicators.ts'
import { dropParts, dropRepeats, mergeTargets } from './parts.ts'
import { createPeriodResolver, findPeriodMarkers } from './periods.ts'
import { implausible } from './plausibility.ts'
import { PERCENT_TOLERANCE } from './relations.ts'
import { readSentence } from './sentence.ts'
import { readTables } from './table.ts'
import { readDoc } from './text.ts'
import type { Reading } from './types.ts'
import { createUnitResolver, findUnitMentions, type ExtractUnit, type UnitContext } from './units.ts'
import { formatValue, warn } from './warnings.ts'

export type { ExtractUnit } from './units.ts'
export { INDICATOR_KEYS } from './indicators.ts'

export interface ExtractIndicator {
  key: string
  shortNameVi: string
  unitKind: UnitKind
  firstYear: number | null
  lastYear: number | null
}

export interface ExtractOptions {
  /** Every unit the text may name (the city, districts, wards, communes). */
  units: readonly ExtractUnit[]
  /** The indicators of the catalogue; proposals of other keys are dropped. */
  indicators: readonly ExtractIndicator[]
  /** The unit and year the user is reporting for, if chosen. */
  unit?: string | null | undefined
  year?: number | null | undefined
}

interface Context {
  options: ExtractOptions
  unitNames: ReadonlyMap<string, ExtractUnit>
  indicators: ReadonlyMap<string, ExtractIndicator>
}

function percentWarnings(r: Reading): ExtractWarning[] {
  const out: ExtractWarning[] = []
  if (r.percentReading === 'ambiguous' && r.printedPercent !== null)
    out.push(warn.percentAmbiguous(r.printedPercent))
  if (r.percentReading === 'exceeded_by' && r.printedPercent !== null)
    out.push(warn.exceededBy(r.printedPercent))
  if (r.actual === null && r.target === null && r.statedPercent !== null)
    out.push(warn.percentOnly(r.statedPercent))
  if (
    r.actual !== null &&
    r.target !== null &&
    r.statedPercent !== null &&
    !r.targetDerived &&
    r.target > 0
  ) {
    const computed = (r.actual / r.target) * 100
    if (Math.abs(computed - r.statedPercent) > PERCENT_TOLERANCE)
      out.push(warn.percentMismatch(r.statedPercent, r.actual, r.target, computed))
  }
  if (r.targetDerived && r.target !== null && r.actual !== null && r.statedPercent !== null)
    out.push(warn.targetDerived(r.target, r.actual, r.statedPercent))
  return out
}

function unitOf(ctx: Context, found: UnitContext, warnings: ExtractWarning[]): string | null {
  const requested = ctx.options.unit ?? null
  if (!found.fromText) {
    if (requested === null) warnings.push(warn.unitMissing())
    return requested
  }
  if (found.code === null) {
    warnings.push(warn.unitUnknown(found.mention ?? ''))
    return null
  }
  if (requested !== null && found.code !== requested)
    warnings.push(warn.unitMismatch(found.mention ?? found.code))
  return found.code
}

function toProposal(
  ctx: Context,
  r: Reading,
  period: ReturnType<ReturnType<typeof createPeriodResolver>>,
  found: UnitContext,
  text: string,
): Proposal {
  const warnings = percentWarnings(r)
  const requestedYear = ctx.options.year ?? null
  let year: number | null = null
  if (period.period === 'multi_year') warnings.push(warn.multiYear(period.periodText))
  else {
    year = period.year ?? requestedYear
    if (period.period === 'part_year') warnings.push(warn.partYear(period.periodText))
    if (year === null) warnings.push(warn.yearMissing())
    else if (requestedYear !== null && year !== requestedYear)
      warnings.push(warn.yearMismatch(year, requestedYear))
  }
  const unit = unitOf(ctx, found, warnings)
  const indicator = ctx.indicators.get(r.indicator)
  if (indicator && year !== null) {
    const outside = (indicator.firstYear ?? -Infinity) > year || (indicator.lastYear ?? Infinity) < year
    if (outside) warnings.push(warn.notInYear(indicator.shortNameVi, year))
  }
  if (period.period !== 'multi_year') {
    const city = unit !== null && ctx.unitNames.get(unit)?.kind === 'city'
    const money = MONEY_INDICATORS.has(r.indicator)
    for (const v of [r.actual, r.target]) {
      if (v !== null && implausible(r.indicator, city ? 'city' : 'local', v, period.period === 'part_year')) {
        warnings.push(warn.implausible(formatValue(v, money), indicator?.shortNameVi ?? r.indicator, city))
        break
      }
    }
  }
  return {
    id: '',
    indicator: r.indicator,
    actual: r.actual,
    target: r.target,
    targetDerived: r.targetDerived,
    statedPercent: r.statedPercent,
    qualifier: r.qualifier,
    period: period.period,
    periodText: period.periodText,
    unit,
    year,
    quote: { start: r.quote.start, end: r.quote.end, text: text.slice(r.quote.start, r.quote.end) },
    value: { start: r.value.start, end: r.value.end },
    warnings,
  }
}

/** Several welfare amounts of one unit and year are parts of the year's figure (domain.md §5). */
function markWelfareParts(proposals: Proposal[]): void {
  const groups = new Map<string, Proposal[]>()
  for (const p of proposals) {
    if (p.indicator !== 'welfare_spending' || p.period === 'multi_year') continue
    const key = `${p.unit}|${p.year}`
    groups.set(key, [...(groups.get(key) ?? []), p])
  }
  for (const group of groups.values()) {
    if (group.length > 1) for (const p of group) p.warnings.push(warn.welfarePart(group.length))
  }
}

export function extractFigures(raw: string, options: ExtractOptions): Proposal[] {
  const doc = readDoc(raw)
  const ctx: Context = {
    options,
    unitNames: new Map(options.units.map((u) => [u.code, u])),
    indicators: new Map(options.indicators.map((i) => [i.key, i])),
  }
  const numbers = scanNumbers(doc.folded)
  const tables = readTables(doc, numbers)
  const inTable = (at: number) => tables.rows.some((r) => at >= r.start && at < r.end)
  const read = doc.sentences
    .filter((s) => !inTable(s.start))
    .flatMap((s) => readSentence(doc, s, numbers))
    .concat(tables.readings)
    .sort((a, b) => a.value.start - b.value.start)
  const readings = mergeTargets(dropParts(doc, read)).filter((r) => ctx.indicators.has(r.indicator))
  const periodAt = createPeriodResolver(doc, findPeriodMarkers(doc))
  const unitAt = createUnitResolver(doc, findUnitMentions(doc, options.units))
  const headings = new Set<string>()
  const proposals = readings.map((r, i) => {
    const found = unitAt(r.sentence, r.value.start, options.unit ?? null)
    const p = toProposal(ctx, r, periodAt(r.sentence, r.value.start), found, doc.text)
    p.id = `p${i + 1}`
    if (r.sentence.heading) headings.add(p.id)
    return p
  })
  const kept = dropRepeats(proposals, headings)
  markWelfareParts(kept)
  return kept.map((p, i) => ({ ...p, id: `p${i + 1}` }))
}
