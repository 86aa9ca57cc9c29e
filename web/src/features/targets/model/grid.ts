// The target grid as typed: one text per unit × indicator (the city's own row included), read
// with the contracts' Vietnamese number parser, compared with what the server holds.
import { CITY_CODE, type Targets, type UnitKind } from '@ldld/db/contracts'
import { inputText, parseInput } from '../../../lib/figure-text.ts'

/** The city federation's own unit (docs/decisions.md): its targets are what the districts' add up to. */
export const CITY = CITY_CODE

export type Texts = Record<string, string>
export type KindOf = (indicator: string) => UnitKind

export const cellKey = (unit: string, indicator: string) => `${unit}|${indicator}`

type StoredCell = Targets['cells'][number]
const indexes = new WeakMap<Targets, Map<string, StoredCell>>()

/** The grid's cells by unit and indicator, built once per answer of the server (800+ cells). */
function cellOf(targets: Targets, unit: string, indicator: string): StoredCell | undefined {
  let index = indexes.get(targets)
  if (!index) {
    index = new Map(targets.cells.map((c) => [cellKey(c.unit, c.indicator), c]))
    indexes.set(targets, index)
  }
  return index.get(cellKey(unit, indicator))
}

export function storedTarget(targets: Targets, unit: string, indicator: string): number | null {
  if (unit === CITY) return targets.city.find((c) => c.indicator === indicator)?.target ?? null
  return cellOf(targets, unit, indicator)?.target ?? null
}

/** The stored target is invented demo data: the grid marks it "mh" until someone types over it. */
export function storedIllustrative(targets: Targets, unit: string, indicator: string): boolean {
  if (unit === CITY) return targets.city.find((c) => c.indicator === indicator)?.illustrative ?? false
  return cellOf(targets, unit, indicator)?.illustrative ?? false
}

export function previousTarget(targets: Targets, unit: string, indicator: string): number | null {
  return cellOf(targets, unit, indicator)?.previousTarget ?? null
}

/** Every row of the grid: the units, then the city. */
export function rowUnits(targets: Targets): string[] {
  return [...targets.units.map((u) => u.code), CITY]
}

export function textsOf(targets: Targets, kindOf: KindOf): Texts {
  const texts: Texts = {}
  for (const unit of rowUnits(targets))
    for (const indicator of targets.indicators)
      texts[cellKey(unit, indicator)] = inputText(storedTarget(targets, unit, indicator), kindOf(indicator))
  return texts
}

export function isLocked(targets: Targets, unit: string): boolean {
  return targets.reports[unit]?.status === 'accepted'
}

export interface CellChange {
  unit: string
  indicator: string
  target: number | null
}

/** Readable cells whose value differs from the stored one (unreadable ones block saving instead). */
export function changesOf(targets: Targets, texts: Texts, kindOf: KindOf): CellChange[] {
  const changes: CellChange[] = []
  for (const unit of rowUnits(targets))
    for (const indicator of targets.indicators) {
      const parsed = parseInput(texts[cellKey(unit, indicator)] ?? '', kindOf(indicator))
      if (parsed.ok && parsed.value !== storedTarget(targets, unit, indicator))
        changes.push({ unit, indicator, target: parsed.value })
    }
  return changes
}

/** Unreadable cells, keyed like the texts. */
export function problemsOf(targets: Targets, texts: Texts, kindOf: KindOf): Map<string, string> {
  const problems = new Map<string, string>()
  for (const unit of rowUnits(targets))
    for (const indicator of targets.indicators) {
      const key = cellKey(unit, indicator)
      const parsed = parseInput(texts[key] ?? '', kindOf(indicator))
      if (!parsed.ok) problems.set(key, parsed.message)
    }
  return problems
}

/** A cell's value as typed; null when empty or unreadable. */
export function typedValue(texts: Texts, unit: string, indicator: string, kindOf: KindOf): number | null {
  const parsed = parseInput(texts[cellKey(unit, indicator)] ?? '', kindOf(indicator))
  return parsed.ok ? parsed.value : null
}

/**
 * Whether the sum of a column adds an invented demo target still standing (the sum then carries the
 * "mh" mark too: a total of invented numbers is invented).
 */
export function sumIllustrative(targets: Targets, texts: Texts, indicator: string, kindOf: KindOf): boolean {
  return targets.units.some((unit) => {
    if (!storedIllustrative(targets, unit.code, indicator)) return false
    const parsed = parseInput(texts[cellKey(unit.code, indicator)] ?? '', kindOf(indicator))
    return parsed.ok && parsed.value !== null && parsed.value === storedTarget(targets, unit.code, indicator)
  })
}

/** Sum of the units' targets as typed (unreadable cells left out); null when none has one. */
export function sumOf(targets: Targets, texts: Texts, indicator: string, kindOf: KindOf): number | null {
  let sum: number | null = null
  for (const unit of targets.units) {
    const parsed = parseInput(texts[cellKey(unit.code, indicator)] ?? '', kindOf(indicator))
    if (parsed.ok && parsed.value !== null) sum = (sum ?? 0) + parsed.value
  }
  return sum
}
