import { and, asc, between, eq, sql } from 'drizzle-orm'
import type { Db } from '@ldld/db/client'
import type { Qualifier } from '@ldld/db/contracts'
import { figures, organisations } from '@ldld/db/schema'

/** One stored figure with its unit's code, as the report builders need it. */
export interface FigureRow {
  unit: string
  indicator: string
  year: number
  actual: number | null
  actualQualifier: Qualifier
  target: number | null
  targetDerived: boolean
  statedPercent: number | null
  note: string | null
  illustrative: boolean
  sourceId: number | null
  quote: string | null
}

export function createFigureRepository(db: Db) {
  const columns = {
    unit: organisations.code,
    indicator: figures.indicatorKey,
    year: figures.year,
    actual: figures.actual,
    actualQualifier: figures.actualQualifier,
    target: figures.target,
    targetDerived: figures.targetDerived,
    statedPercent: figures.statedPercent,
    note: figures.note,
    illustrative: figures.illustrative,
    sourceId: figures.sourceId,
    quote: figures.quote,
  }
  const base = () =>
    db.select(columns).from(figures).innerJoin(organisations, eq(organisations.id, figures.orgId))
  const from = sql.placeholder('from')
  const to = sql.placeholder('to')

  // A year and the year before in one statement: the year-on-year change needs both.
  const inYears = base()
    .where(between(figures.year, from, to))
    .prepare()
  const ofIndicator = base()
    .where(and(eq(figures.indicatorKey, sql.placeholder('key')), between(figures.year, from, to)))
    .prepare()
  const ofOrganisation = base()
    .where(eq(figures.orgId, sql.placeholder('orgId')))
    .orderBy(asc(figures.year))
    .prepare()
  const years = db.selectDistinct({ year: figures.year }).from(figures).orderBy(asc(figures.year)).prepare()

  return {
    /** Every figure of `year` and `year - 1`. */
    yearAndPrevious(year: number): FigureRow[] {
      return inYears.all({ from: year - 1, to: year })
    },
    /** One indicator's figures of `year` and `year - 1`. */
    indicatorYearAndPrevious(key: string, year: number): FigureRow[] {
      return ofIndicator.all({ key, from: year - 1, to: year })
    },
    ofOrganisation(orgId: number): FigureRow[] {
      return ofOrganisation.all({ orgId })
    },
    /** Years that hold at least one figure, ascending. */
    years(): number[] {
      return years.all().map((r) => r.year)
    },
  }
}

export type FigureRepository = ReturnType<typeof createFigureRepository>
