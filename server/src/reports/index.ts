// The read side of the API: repositories fetch rows, the builders beside this file shape them into
// the contract's responses. Each report reads inside one transaction so it sees one snapshot.
import type { Dashboard, Ranking, Series } from '@ldld/db/contracts'
import { toOrganisation, type Repositories } from '../repositories/index.ts'
import { sourceIdsOf } from './cells.ts'
import { buildDashboard } from './dashboard.ts'
import { buildRanking } from './ranking.ts'
import { buildSeries } from './series.ts'

export function createReports(repos: Repositories) {
  const { organisations, indicators, figures, sources, readSnapshot } = repos
  return {
    dashboard(year: number): Dashboard {
      return readSnapshot(() => {
        const board = buildDashboard({
          year,
          units: organisations.territorialUnits(year).map(toOrganisation),
          indicators: indicators.list(),
          figures: figures.yearAndPrevious(year),
        })
        return { ...board, sources: sources.byIds(sourceIdsOf(board.cells)) }
      })
    },
    /** undefined when no indicator has this key. */
    ranking(key: string, year: number): Ranking | undefined {
      return readSnapshot(() => {
        const indicator = indicators.findByKey(key)
        if (!indicator) return undefined
        const ranking = buildRanking({
          indicator,
          year,
          units: organisations.territorialUnits(year).map(toOrganisation),
          previousUnits: organisations.territorialUnits(year - 1).map(toOrganisation),
          figures: figures.indicatorYearAndPrevious(key, year),
        })
        return { ...ranking, sources: sources.byIds(sourceIdsOf(ranking.rows)) }
      })
    },
    /** undefined when no unit has this code. */
    series(code: string): Series | undefined {
      return readSnapshot(() => {
        const unit = organisations.findByCode(code)
        if (!unit) return undefined
        const series = buildSeries({
          unit: toOrganisation(unit),
          indicators: indicators.list(),
          figures: figures.ofOrganisation(unit.id),
        })
        return { ...series, sources: sources.byIds(sourceIdsOf(series.cells)) }
      })
    },
  }
}

export type Reports = ReturnType<typeof createReports>
