// The shape of a figure row in the seed, and the identity of a cell.
import type { FigureInput } from '@ldld/db/contracts'

/** A figure as the seed writes it: the entry form's input, with the year already a number. */
export type SeedFigure = Omit<FigureInput, 'year'> & { year: number }

/** "unit|indicator|year": the identity of a cell, as the figures table's unique index has it. */
export function cellKey(unit: string, indicator: string, year: number): string {
  return `${unit}|${indicator}|${year}`
}

/** Separates passages of one quote: the provenance contract's one separator (its `quoteParts` splits on it). */
export { QUOTE_PART_SEPARATOR as QUOTE_JOINER } from '@ldld/db/contracts'
