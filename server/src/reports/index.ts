// The read side of the API: repositories fetch rows, the builders beside this file shape them into
// the contract's responses. Each report reads inside one transaction so it sees one snapshot.
import {
  CITY_CODE,
  gridSourceIds,
  type Organisation,
  type Ranking,
  type WireDashboard,
  type WireSeries,
} from '@ldld/db/contracts'
import {
  toOrganisation,
  validInYear,
  type FigureRow,
  type LevelPlaces,
  type OrganisationRow,
  type Repositories,
} from '../repositories/index.ts'
import { sourceIdsOf } from './cells.ts'
import {
  buildDashboard,
  levelSummary,
  pageOf,
  type DashboardFigures,
  type LevelSummary,
  type PageRequest,
} from './dashboard.ts'
import { classTotals } from './level.ts'
import { buildRanking, codeOrderOf, scoreLevel, type ScoredLevel } from './ranking.ts'
import { coverageOf, createReading, type Reading, type ReadOptions } from './reading.ts'
import { buildLevelSeries, buildSeries, seriesBreak } from './series.ts'

export type { ReadOptions } from './reading.ts'
export type { PageRequest } from './dashboard.ts'

const entered = (rows: readonly FigureRow[]) =>
  rows.filter((f) => f.actual !== null || f.statedPercent !== null)

/**
 * From how many children (of a year and the year before) a ranking scores a level from one pass over
 * the indicator's figures instead of a search per child (see `figures.scoringOfUnits`).
 */
export const SCAN_LEVEL = 1000

const levelIds = new WeakMap<readonly OrganisationRow[], LevelIds>()
interface LevelIds extends LevelPlaces {
  idOf: ReadonlyMap<string, number>
}

/**
 * A level's children by place (their order) from their row ids and codes, and their ids by code:
 * kept beside the kept children they come from.
 */
function idsOf(children: readonly OrganisationRow[]): LevelIds {
  let ids = levelIds.get(children)
  if (!ids) {
    ids = {
      placeOfId: new Map(children.map((c, i) => [c.id, i])),
      placeOfCode: new Map(children.map((c, i) => [c.code, i])),
      idOf: new Map(children.map((c) => [c.code, c.id])),
    }
    levelIds.set(children, ids)
  }
  return ids
}

/** A level larger than a page as its first page read it: what it adds over its children. */
interface KnownLevel {
  summary: LevelSummary
}

/** A large level's ranking as its first page scored it, with who entered anything (see `ranking`). */
interface KnownRanking {
  scored: ScoredLevel
  entered: (unit: string, year: number) => boolean
}

/**
 * What the largest levels' first pages worked out, for the current data revision (a bounded number):
 * their later pages reuse it. Any committed change empties it.
 */
function createRevisionMemo<T>(revision: () => string, maxEntries = 64) {
  const entries = new Map<string, T>()
  let current: string | undefined
  const fresh = () => {
    const now = revision()
    if (now !== current) {
      entries.clear()
      current = now
    }
  }
  return {
    get(key: string): T | undefined {
      fresh()
      return entries.get(key)
    },
    set(key: string, value: T): void {
      fresh()
      if (entries.size >= maxEntries) {
        const oldest = entries.keys().next()
        if (!oldest.done) entries.delete(oldest.value)
      }
      entries.set(key, value)
    },
  }
}

/** Which level a read asks for: a unit's code (default the city) and a page of its children. */
export interface LevelRequest extends PageRequest {
  unit?: string | undefined
  /**
   * How a dashboard adds its level's totals and coverage: from the counts the database keeps
   * (`level_sums`, `level_units`; the default), or figure by figure over every child's stored rows —
   * what the tests hold the kept counts to (no route asks for it). A ranking with 'figures' also
   * scores a large level from every child's full figures and report states.
   */
  totals?: 'stored' | 'figures'
}

export interface ReportsOptions {
  /** From how many children a ranking reads its level in one pass (default SCAN_LEVEL; tests lower it). */
  scanLevel?: number
}

export function createReports(repos: Repositories, { scanLevel = SCAN_LEVEL }: ReportsOptions = {}) {
  const { organisations, indicators, figures, sources, unitLinks, readSnapshot } = repos
  const summaries = createRevisionMemo<KnownLevel>(repos.dataRevision)
  const rankings = createRevisionMemo<KnownRanking>(repos.dataRevision)

  return {
    /** undefined when no unit has the requested code. */
    dashboard(year: number, options: ReadOptions, level: LevelRequest = {}): WireDashboard | undefined {
      return readSnapshot(() => {
        const parent = organisations.findByCode(level.unit ?? CITY_CODE)
        if (!parent) return undefined
        // What a level adds over all its children (totals, groups, coverage) comes from the counts
        // the database keeps per class of children (`level_sums`) and per report state
        // (`level_units`): no read adds thousands of figures (issue 8). A level larger than a page
        // keeps its summary for the data revision: its next pages read only the page's figures and
        // report states. Its children are kept for as long as the unit list stays the same.
        const fromFigures = level.totals === 'figures'
        const summaryKey = `${parent.id}:${year}:${options.basis}`
        const known = fromFigures ? undefined : summaries.get(summaryKey)
        const { rows: children, units } = organisations.childrenOf(parent.id, year)
        const { start, end } = pageOf(children.length, level)
        const shownIds = children.slice(start, end).map((c) => c.id)
        const paged = shownIds.length < children.length && !fromFigures
        let rows: DashboardFigures
        let reading: Reading
        if (fromFigures) {
          // Every child's figures row by row, to add the totals figure by figure (buildDashboard
          // does, without a summary): what the tests hold the kept counts and packs to.
          rows = figures.ofChildren(parent.id, year - 1, year)
          reading = createReading(
            options,
            entered(rows),
            figures.reportStatesOfChildren(parent.id, year - 1, year),
          )
        } else {
          // The page's figures from their packs (a row per unit and year, `figure_packs`): a larger
          // level reads only the page's children, one that fits on a page all of them.
          const packed = paged
            ? figures.packedOfUnits(shownIds, year - 1, year)
            : figures.packedOfChildren(parent.id, year - 1, year)
          rows = packed
          reading = createReading(
            options,
            packed.entered,
            paged
              ? figures.reportStatesOfUnits(shownIds, year - 1, year)
              : figures.reportStatesOfChildren(parent.id, year - 1, year),
          )
        }
        let summary: LevelSummary | undefined = known?.summary
        if (!summary && !fromFigures) {
          const classes = figures.levelClasses(parent.id, year, options.basis)
          const coverage = coverageOf(figures.levelStates(parent.id, year), units.length, options.basis)
          summary = levelSummary(units, indicators.list(), year, classTotals(classes), coverage)
          if (paged) summaries.set(summaryKey, { summary })
        }
        const counts = organisations.childCounts(shownIds, year)
        // The page's children only: a level may have thousands.
        const codeOf = new Map(children.slice(start, end).map((c) => [c.id, c.code]))
        const { board } = buildDashboard(
          {
            year,
            unit: toOrganisation(parent),
            ancestors: organisations.ancestorsOf(parent.id).map(toOrganisation),
            units,
            indicators: indicators.list(),
            figures: rows,
            reading,
            page: level,
            childCounts: new Map([...counts].map(([id, n]) => [codeOf.get(id) ?? '', n])),
          },
          summary,
        )
        return { ...board, sources: sources.byIds(gridSourceIds(board.cells)) }
      })
    },
    /** undefined when no indicator has this key, or no unit the requested code ('indicator' / 'unit' says which). */
    ranking(
      key: string,
      year: number,
      options: ReadOptions,
      level: LevelRequest = {},
    ): Ranking | 'indicator' | 'unit' {
      return readSnapshot(() => {
        const indicator = indicators.findByKey(key)
        if (!indicator) return 'indicator'
        const parent = organisations.findByCode(level.unit ?? CITY_CODE)
        if (!parent) return 'unit'
        // "Has reported" means the unit's whole report: which units entered anything comes from one
        // grouped statement, the figures read are this indicator's only.
        // The children of both years in one read (a level may have thousands), each year's kept apart.
        const { rows: children, units: both, ever } = organisations.childrenOf(parent.id, year - 1, year)
        const units = both.filter((u) => validInYear(u, year))
        // A large level (issue 8) scores its children from a slim copy of the indicator's figures, read
        // in one pass (no note, quote or timing), and reads the full figures and report states of the
        // page's units only. Reading the latest figures, whether a child counts depends only on
        // whether it entered anything, so scoring reads no report state either. Its coverage, like
        // any level's, comes from the counts the database keeps. `totals: 'figures'` reads every
        // child's full figures and report states instead: what the tests hold this to.
        const reference = level.totals === 'figures'
        const large = !reference && children.length >= scanLevel
        const ids = large ? idsOf(children) : undefined
        // Ties go by code order: the order of every child the parent ever had, made once per unit list.
        const codeOrder = reference ? undefined : codeOrderOf(ever)
        const coverage = reference
          ? undefined
          : coverageOf(figures.levelStates(parent.id, year), units.length, options.basis)
        const common = {
          indicator,
          year,
          unit: toOrganisation(parent),
          units,
          previousUnits: both.filter((u) => validInYear(u, year - 1)),
          codeOrder,
          coverage,
          page: level,
        }
        if (!ids) {
          const reading = createReading(
            options,
            figures.reportedChildren(parent.id, year - 1, year),
            figures.reportStatesOfChildren(parent.id, year - 1, year),
          )
          const figuresOf = figures.ofChildrenIndicator(parent.id, key, year - 1, year)
          const ranking = buildRanking({ ...common, figures: figuresOf, reading })
          return { ...ranking, sources: sources.byIds(sourceIdsOf(ranking.rows)) }
        }
        // A large level's page reads its units' full figures, and their report states: all a row
        // shows. Its scores and order are kept for the data revision (the level's later pages, like
        // a dashboard's summary): only its first page asked scores every child.
        const memoKey = `${parent.id}:${key}:${year}:${options.basis}`
        let known = rankings.get(memoKey)
        const shown = (page: readonly Organisation[]) => {
          const shownIds = page.map((u) => ids.idOf.get(u.code) ?? -1)
          return {
            figures: figures.ofUnitsIndicator(shownIds, key, year - 1, year),
            reading: createReading(
              options,
              (known as KnownRanking).entered,
              figures.reportStatesOfUnits(shownIds, year - 1, year),
            ),
          }
        }
        if (!known) {
          const entered = figures.enteredOfUnits(year - 1, year, ids)
          // Reading the latest figures, whether a child counts depends only on whether it entered
          // anything, so scoring reads no report state; the accepted view reads every child's.
          const reading = createReading(
            options,
            entered,
            options.basis === 'latest' ? [] : figures.reportStatesOfChildren(parent.id, year - 1, year),
          )
          const scored = scoreLevel({
            ...common,
            figures: figures.scoringOfUnits(key, year - 1, year, ids),
            reading,
          })
          known = { scored, entered }
          rankings.set(memoKey, known)
        }
        const ranking = buildRanking(
          { ...common, figures: [], reading: createReading(options, known.entered, []), shown },
          known.scored,
        )
        return { ...ranking, sources: sources.byIds(sourceIdsOf(ranking.rows)) }
      })
    },
    /** undefined when no unit has this code. */
    series(code: string, options: ReadOptions): WireSeries | undefined {
      return readSnapshot(() => {
        const unit = organisations.findByCode(code)
        if (!unit) return undefined
        const all = indicators.list()
        const rows = figures.ofOrganisation(unit.id)
        const own = buildSeries({
          unit: toOrganisation(unit),
          indicators: all,
          figures: rows,
          reading: createReading(options, entered(rows), figures.reportStatesOfUnit(unit.id)),
        })
        const children = organisations.allChildrenOf(unit.id).map(toOrganisation)
        const childRows = children.length > 0 ? figures.ofChildren(unit.id, 0, 9999) : []
        const levelTotals =
          children.length > 0
            ? buildLevelSeries({
                children,
                indicators: all,
                figures: childRows,
                reading: createReading(
                  options,
                  entered(childRows),
                  figures.reportStatesOfChildren(unit.id, 0, 9999),
                ),
              })
            : []
        const links = unitLinks.linksOf(unit.id)
        const linked = (list: ReadonlyArray<{ code: string; illustrative: boolean }>) =>
          list.flatMap(({ code: c, illustrative }) => {
            const row = organisations.findByCode(c)
            return row ? [{ ...toOrganisation(row), illustrative }] : []
          })
        const years = [...own.years, ...levelTotals.map((t) => t.year)]
        const sourceIds = sourceIdsOf(own.cells)
        const brk = seriesBreak(own.unit, years, (slug) => sources.idOf(slug))
        for (const fact of brk?.facts ?? []) if (fact.sourceId !== null) sourceIds.push(fact.sourceId)
        return {
          ...own,
          levelTotals,
          break: brk,
          predecessors: linked(links.predecessors),
          successors: linked(links.successors),
          sources: sources.byIds(sourceIds),
        }
      })
    },
  }
}

export type Reports = ReturnType<typeof createReports>
