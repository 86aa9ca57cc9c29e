// Every real figure of domain.md §5, as the entry form would take it. Quotes are exact substrings of
// the copied articles in seed/sources/ (real-figures.test.ts checks it); a cell built from several
// passages joins them with QUOTE_JOINER. Notes are Vietnamese because federation staff read them.
import { REAL_FIGURES_2016_2020 } from './real-figures-2016-2020.ts'
import { REAL_FIGURES_2021_2024 } from './real-figures-2021-2024.ts'
import type { SeedFigure } from './seed-figure.ts'

export const REAL_FIGURES: readonly SeedFigure[] = [...REAL_FIGURES_2016_2020, ...REAL_FIGURES_2021_2024]
