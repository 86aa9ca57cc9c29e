// The read side of the API: repositories fetch rows, the builders beside this file shape them into
// the contract's responses. Each report reads inside one transaction so it sees one snapshot.
import type { Dashboard, Ranking, Series } from '@ldld/db/contracts'
import { toOrganisation, type FigureRow, type Repositories } from '../repositories/index.ts'
import { sourceIdsOf } from './cells.ts'
import { buildDashboard } from './dashboard.ts'
import { buildRanking } from './ranking.ts'
import { createReading, type ReadOptions } from './reading.ts'
import { buildSeries } from './series.ts'

export type { ReadOptions } from './reading.ts'

const entered = (rows: readonly FigureRow[]) =>
  rows.filter((f) => f.actual !== null || f.statedPercent !== null)

export function createReports(repos: Repositories) {
  const { organisations, indicators, figures, sources, readSnapshot } = repos
  /** Coverage and report states of `year` and the year before (the change from last year needs both). */
  const readingOf = (options: ReadOptions, year: number) =>
    createReading(options, figures.reportedUnits(year - 1, year), figures.reportStates(year - 1, year))
  return {
    dashboard(year: number, options: ReadOptions): Dashboard {
      return readSnapshot(() => {
        const board = buildDashboard({
          year,
          units: organisations.territorialUnits(year).map(toOrganisation),
          indicators: indicators.list(),
          figures: figures.yearAndPrevious(year),
          reading: readingOf(options, year),
        })
        return { ...board, sources: sources.byIds(sourceIdsOf(board.cells)) }
      })
    },
    /** undefined when no indicator has this key. */
    ranking(key: string, year: number, options: ReadOptions): Ranking | undefined {
      return readSnapshot(() => {
        const indicator = indicators.findByKey(key)
        if (!indicator) return undefined
        const ranking = buildRanking({
          indicator,
          year,
          units: organisations.territorialUnits(year).map(toOrganisation),
          previousUnits: organisations.territorialUnits(year - 1).map(toOrganisation),
          figures: figures.indicatorYearAndPrevious(key, year),
          reading: readingOf(options, year),
        })
        return { ...ranking, sources: sources.byIds(sourceIdsOf(ranking.rows)) }
      })
    },
    /** undefined when no unit has this code. */
    series(code: string, options: ReadOptions): Series | undefined {
      return readSnapshot(() => {
        const unit = organisations.findByCode(code)
        if (!unit) return undefined
        const rows = figures.ofOrganisation(unit.id)
        const series = buildSeries({
          unit: toOrganisation(unit),
          indicators: indicators.list(),
          figures: rows,
          reading: createReading(options, entered(rows), figures.reportStatesOfUnit(unit.id)),
        })
        return { ...series, sources: sources.byIds(sourceIdsOf(series.cells)) }
      })
    },
  }
}

export type Reports = ReturnType<typeof createReports>
