import { and, asc, between, eq, max, min, ne, sql } from 'drizzle-orm'
import type { Db } from '@ldld/db/client'
import {
  countsInBasis,
  PERIODS,
  QUALIFIERS,
  unitGroupOf,
  type DataBasis,
  type OrgKind,
  type Period,
  type Qualifier,
  type ReportState,
  type ReportStatus,
  type YearInfo,
} from '@ldld/db/contracts'
import { appendFigures, blankFigure, readPack, type ReadPack, type StoredFigure } from '@ldld/db/figure-packs'
import { figures, organisations, reports } from '@ldld/db/schema'

/**
 * What the bits of `level_sums.k` say (written by the view `level_contributions`, migration 0007):
 * the unit-year's state (entered figures, report accepted, the same the year before, existed the
 * whole year and the year before), this year's figure (an actual, a target, illustrative, a source)
 * and last year's (an actual, illustrative), then 3-bit indexes in QUALIFIERS and PERIODS (7:
 * unknown, refused when read).
 */
export const LEVEL_BITS = {
  entered: 1 << 0,
  accepted: 1 << 1,
  enteredBefore: 1 << 2,
  acceptedBefore: 1 << 3,
  wholeYear: 1 << 4,
  wholeYearBefore: 1 << 5,
  actual: 1 << 6,
  target: 1 << 7,
  illustrative: 1 << 8,
  source: 1 << 9,
  previous: 1 << 10,
  previousIllustrative: 1 << 11,
  qualifierShift: 12,
  periodShift: 15,
  previousQualifierShift: 18,
  previousPeriodShift: 21,
} as const

/** A unit × year report's workflow status, for the read side (coverage, accepted only, notes). */
export interface ReportStateRow {
  unit: string
  year: number
  status: ReportStatus
}

/**
 * Children of a level alike for a total: same indicator, group, reading, which figures they have and
 * the marks those carry. Amounts are summed over the `units` of the class (issue 8: a level of
 * thousands of children totals from a few hundred stored sums, `level_sums`, instead of a JS object
 * per figure).
 */
export interface LevelClass {
  indicator: string
  /** The children's group (`unitGroupOf` their kind), '' for none. */
  group: string
  units: number
  counted: boolean
  /** This year's figure: its actual and target summed over the class (null when it has none). */
  actual: number | null
  target: number | null
  actualQualifier: Qualifier
  illustrative: boolean
  hasSource: boolean
  period: Period
  wholeYear: boolean
  /** Last year's actual, counted, summed; its marks (null when the class has none). */
  previous: number | null
  previousQualifier: Qualifier | null
  previousIllustrative: boolean
  previousPeriod: Period | null
  wholeYearBefore: boolean
}

/** One stored figure with its unit's code, as the report builders need it. */
export type FigureRow = StoredFigure

/** A level's units by place (0…n−1, the order of its kept children), from their row ids and codes. */
export interface LevelPlaces {
  placeOfId: ReadonlyMap<number, number>
  placeOfCode: ReadonlyMap<string, number>
}

/**
 * One indicator's figures of a level's units over a few years, as scoring reads them (only what a
 * score reads is true to the stored figure: see `scoringOfUnits`). `at` fills and returns one row
 * object per year (a ranking asks thousands of times): read it before asking again.
 */
export interface ScoredFigures {
  at(unit: string, year: number): FigureRow | undefined
}

/**
 * Figures read from their packs (`figure_packs`, a unit's of a year each), and the unit-years that
 * entered any. A page finds its figures in the packs by place (no object per figure, issue 8);
 * `rowsOfPacks` makes rows of them.
 */
export interface PackedFigures {
  packs: ReadPack[]
  /** Unit × year pairs with at least one entered figure (an amount or a stated %). */
  entered: Array<{ unit: string; year: number }>
}

/** Every figure of `packs` as a row, in the packs' order. */
export function rowsOfPacks(packs: readonly ReadPack[]): FigureRow[] {
  const rows: FigureRow[] = []
  for (const pack of packs) appendFigures(pack, rows)
  return rows
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
    period: figures.period,
    timing: figures.timing,
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
  // A level: the figures of one parent's children, read by the (org_id, year) index unit by unit.
  // Plain better-sqlite3 statements: a level reads thousands of rows per answer, and the ORM's row
  // mapping cost more than the query (issue 8's scale bench).
  // The usual qualifier and period come as NULL (a string per row and column costs more than a null).
  const LEVEL_COLUMNS = `o.code AS unit, f.indicator_key AS indicator, f.year AS year, f.actual AS actual,
    nullif(f.actual_qualifier, 'exact') AS actualQualifier, f.target AS target,
    f.target_derived AS targetDerived, f.stated_percent AS statedPercent, f.note AS note,
    f.illustrative AS illustrative, f.source_id AS sourceId, f.quote AS quote,
    nullif(f.period, 'year') AS period, f.timing AS timing`
  type RawFigure = Omit<FigureRow, 'targetDerived' | 'illustrative' | 'actualQualifier' | 'period'> & {
    targetDerived: number
    illustrative: number
    actualQualifier: Qualifier | null
    period: Period | null
  }
  const ofChildren = db.$client.prepare<[number, number, number], RawFigure>(
    `SELECT ${LEVEL_COLUMNS} FROM organisations o CROSS JOIN figures f ON f.org_id = o.id
     WHERE o.parent_id = ? AND f.year BETWEEN ? AND ?`,
  )
  const ofChildrenIndicator = db.$client.prepare<[number, string, number, number], RawFigure>(
    `SELECT ${LEVEL_COLUMNS} FROM organisations o CROSS JOIN figures f ON f.org_id = o.id
     WHERE o.parent_id = ? AND f.indicator_key = ? AND f.year BETWEEN ? AND ?`,
  )
  // A large level's ranking scores every child on one indicator (issue 8): that indicator's figures of
  // two years for every unit, in one pass over `figures_ranking_idx` (migration 0012), which holds
  // every column scoring reads. A search and a table read per child and year cost ~2,3 µs each (a
  // 3.321-unit level: 16 ms); the pass reads the units of other levels too (~0,6 µs a row), so it
  // pays from about a thousand children on. Raw rows: no object per row from better-sqlite3.
  // Only what a score reads: amounts, the stated %, and in one number whether the figure is
  // illustrative (1), has a source (2) and its period's index in PERIODS (from 4; 7 unknown). A
  // value per column and row is what this costs (six columns instead of ten: ~17 % less).
  const periodIndex = `CASE period ${PERIODS.map((p, i) => `WHEN '${p}' THEN ${i}`).join(' ')} ELSE 7 END`
  const scoringScan = db.$client
    .prepare<[string, number, number]>(
      `SELECT org_id, year, actual, target, stated_percent,
         illustrative | ((source_id IS NOT NULL) << 1) | ((${periodIndex}) << 2)
       FROM figures INDEXED BY figures_ranking_idx WHERE indicator_key = ? AND year BETWEEN ? AND ?`,
    )
    .raw(true)
  type ScoringRaw = [number, number, number | null, number | null, number | null, number]
  // Which units entered anything in two years, for the same rankings: one pass over the entered
  // unit-years' index (`figure_packs_entered_idx`, migration 0012) instead of a search per child.
  // A JSON list of ids per year: a row per unit-year cost more to make in JS than the list to parse.
  const enteredScan = db.$client
    .prepare<[number, number]>(
      `SELECT year, json_group_array(org_id) FROM figure_packs INDEXED BY figure_packs_entered_idx
       WHERE year BETWEEN ? AND ? AND entered = 1 GROUP BY year`,
    )
    .raw(true)
  // The shown rows of such a ranking: one indicator's figures of the units on its page.
  const ofUnitsIndicator = db.$client.prepare<[string, string, number, number], RawFigure>(
    `SELECT ${LEVEL_COLUMNS} FROM json_each(?) j CROSS JOIN organisations o ON o.id = j.value
     CROSS JOIN figures f ON f.org_id = o.id WHERE f.indicator_key = ? AND f.year BETWEEN ? AND ?`,
  )
  // Which children entered something, per year: one statement, a row per unit × year (a ranking
  // needs "has reported" over every indicator but the figures of one only). Read from the packs'
  // `entered` (kept by the same triggers as the packs, migration 0010): one probe per child and
  // year instead of a search through its figures (a 3.321-unit level: ~10 → ~3 ms).
  const reportedChildren = db.$client.prepare<[number, number, number], { unit: string; year: number }>(
    `SELECT o.code AS unit, p.year AS year FROM organisations o CROSS JOIN figure_packs p ON p.org_id = o.id
     WHERE o.parent_id = ? AND p.year BETWEEN ? AND ? AND p.entered = 1`,
  )
  // The same figures from their packs (`figure_packs`, one JSON text per unit and year, kept by
  // triggers, migration 0010): a level's page reads a row per child and year, not per figure.
  type Pack = { unit: string; year: number; entered: number; figures: string }
  const packsOfChildren = db.$client.prepare<[number, number, number], Pack>(
    `SELECT o.code AS unit, p.year AS year, p.entered AS entered, p.figures AS figures
     FROM organisations o CROSS JOIN figure_packs p ON p.org_id = o.id
     WHERE o.parent_id = ? AND p.year BETWEEN ? AND ?`,
  )
  const packsOfUnits = db.$client.prepare<[string, number, number], Pack>(
    `SELECT o.code AS unit, p.year AS year, p.entered AS entered, p.figures AS figures
     FROM json_each(?) j CROSS JOIN organisations o ON o.id = j.value
     CROSS JOIN figure_packs p ON p.org_id = o.id WHERE p.year BETWEEN ? AND ?`,
  )
  const unpack = (packs: readonly Pack[]): PackedFigures => {
    const read: ReadPack[] = []
    const entered: PackedFigures['entered'] = []
    for (const p of packs) {
      read.push(readPack(p.unit, p.year, p.figures))
      if (p.entered === 1) entered.push({ unit: p.unit, year: p.year })
    }
    return { packs: read, entered }
  }
  // A page of a large level: the report states of the listed units only.
  const reportsOfUnits = db.$client.prepare<[string, number, number], ReportStateRow>(
    `SELECT o.code AS unit, r.year AS year, r.status AS status FROM json_each(?) j
     CROSS JOIN organisations o ON o.id = j.value CROSS JOIN reports r ON r.org_id = o.id
     WHERE r.year BETWEEN ? AND ?`,
  )
  // A level's totals: the sums the database keeps per parent, year, indicator, kind and class
  // (`level_sums`, kept by triggers on every write; migration 0007 describes `k`, see LEVEL_BITS).
  const levelSums = db.$client.prepare<
    [number, number],
    {
      indicator: string
      kind: OrgKind
      k: number
      units: number
      actual: number | null
      target: number | null
      previous: number | null
    }
  >(
    `SELECT indicator_key AS indicator, kind, k, units, actual, target, previous FROM level_sums
     WHERE parent_id = ? AND year = ? AND units > 0`,
  )
  // A level's children per report state of a year (`level_units`, kept by triggers, migration 0009).
  const levelStates = db.$client.prepare<
    [number, number],
    { report: ReportStatus | 'none'; entered: number; units: number }
  >(`SELECT status AS report, entered, units FROM level_units WHERE parent_id = ? AND year = ? AND units > 0`)
  const toRow = (r: RawFigure): FigureRow => {
    const row = r as unknown as FigureRow
    row.targetDerived = r.targetDerived === 1
    row.illustrative = r.illustrative === 1
    row.actualQualifier = r.actualQualifier ?? 'exact'
    row.period = r.period ?? 'year'
    return row
  }
  const reportColumns = { unit: organisations.code, year: reports.year, status: reports.status }
  const reportBase = () =>
    db.select(reportColumns).from(reports).innerJoin(organisations, eq(organisations.id, reports.orgId))
  const reportsInYears = reportBase()
    .where(between(reports.year, from, to))
    .prepare()
  // Plain better-sqlite3, as `reportsOfUnits`: a level may have thousands of children, and the
  // ORM's row mapping cost more than the query (3.321 children × 2 years: 4,9 ms).
  const reportsOfChildren = db.$client.prepare<[number, number, number], ReportStateRow>(
    `SELECT o.code AS unit, r.year AS year, r.status AS status FROM organisations o
     CROSS JOIN reports r ON r.org_id = o.id WHERE o.parent_id = ? AND r.year BETWEEN ? AND ?`,
  )
  const reportsOfUnit = reportBase()
    .where(eq(reports.orgId, sql.placeholder('orgId')))
    .prepare()
  // A unit has reported a year when it entered at least one figure: an amount or a stated %.
  const reportedUnits = db
    .selectDistinct({ unit: organisations.code, year: figures.year })
    .from(figures)
    .innerJoin(organisations, eq(organisations.id, figures.orgId))
    .where(
      and(
        between(figures.year, from, to),
        sql`(${figures.actual} IS NOT NULL OR ${figures.statedPercent} IS NOT NULL)`,
      ),
    )
    .prepare()
  // A year "has actuals" when a unit reported a figure (an amount or a stated %); targets alone make a plan.
  const yearDetails = db
    .select({
      year: figures.year,
      actuals: max(sql<number>`${figures.actual} IS NOT NULL OR ${figures.statedPercent} IS NOT NULL`),
      targets: max(sql<number>`${figures.target} IS NOT NULL`),
    })
    .from(figures)
    .groupBy(figures.year)
    .orderBy(asc(figures.year))
    .prepare()
  const firstFigureYear = db
    .select({ year: min(figures.year) })
    .from(figures)
    .prepare()
  // The year the earliest reporting unit (not the city itself) came into being.
  const firstUnitYear = db
    .select({ from: min(organisations.validFrom) })
    .from(organisations)
    .where(ne(organisations.kind, 'city'))
    .prepare()

  return {
    /** Every figure of `year` and `year - 1`. */
    yearAndPrevious(year: number): FigureRow[] {
      return inYears.all({ from: year - 1, to: year })
    },
    /** One indicator's figures of `year` and `year - 1`. */
    indicatorYearAndPrevious(key: string, year: number): FigureRow[] {
      return ofIndicator.all({ key, from: year - 1, to: year })
    },
    /** The figures of `parentId`'s children in `from`…`to`. */
    ofChildren(parentId: number, from: number, to: number): FigureRow[] {
      return ofChildren.all(parentId, from, to).map(toRow)
    },
    /** One indicator's figures of `parentId`'s children in `from`…`to`. */
    ofChildrenIndicator(parentId: number, key: string, from: number, to: number): FigureRow[] {
      return ofChildrenIndicator.all(parentId, key, from, to).map(toRow)
    },
    /**
     * One indicator's figures of `from`…`to` of a level's units (`level`: their row ids and codes
     * by place), as a ranking scores them and no more: no note, quote or timing (null), the
     * qualifier exact, the target not marked derived, and source id 0 for any source (a score reads
     * only whether there is one). Read a page's shown rows with `ofUnitsIndicator`. One pass over
     * the indicator's whole index, kept in typed arrays by place and year: for levels of about a
     * thousand children or more.
     */
    scoringOfUnits(key: string, from: number, to: number, level: LevelPlaces): ScoredFigures {
      const n = level.placeOfCode.size
      const size = n * (to - from + 1)
      const actual = new Float64Array(size)
      const target = new Float64Array(size)
      const stated = new Float64Array(size)
      // Per unit-year: 1 a figure, 2 illustrative, 4 a source; and its period's index.
      const flags = new Uint8Array(size)
      const period = new Uint8Array(size)
      for (const r of scoringScan.all(key, from, to) as ScoringRaw[]) {
        const place = level.placeOfId.get(r[0])
        if (place === undefined) continue
        const i = (r[1] - from) * n + place
        const bits = r[5]
        const pd = bits >> 2
        if (pd >= PERIODS.length) throw new Error(`A figure of ${key} has an unknown period.`)
        actual[i] = r[2] ?? NaN
        target[i] = r[3] ?? NaN
        stated[i] = r[4] ?? NaN
        period[i] = pd
        flags[i] = 1 | ((bits & 3) << 1)
      }
      const orNull = (v: number) => (Number.isNaN(v) ? null : v)
      // One row per year, refilled by each call (a ranking reads thousands): read it before the next.
      const rows = Array.from({ length: to - from + 1 }, (_, k) => {
        const row = blankFigure()
        row.indicator = key
        row.year = from + k
        return row
      })
      return {
        at(unit, year) {
          const place = level.placeOfCode.get(unit)
          const row = rows[year - from]
          if (place === undefined || row === undefined) return undefined
          const i = (year - from) * n + place
          const f = flags[i] as number
          if ((f & 1) === 0) return undefined
          row.unit = unit
          row.actual = orNull(actual[i] as number)
          row.target = orNull(target[i] as number)
          row.statedPercent = orNull(stated[i] as number)
          row.illustrative = (f & 2) !== 0
          // Only whether the figure has a source matters to a score (the rule's `sourceSilentOnTarget`).
          row.sourceId = (f & 4) !== 0 ? 0 : null
          row.period = PERIODS[period[i] as number] ?? 'year'
          return row
        },
      }
    },
    /**
     * Whether each of a level's units entered anything in `from`…`to`, read as `scoringOfUnits`
     * reads (`reportedChildren` for a large level).
     */
    enteredOfUnits(from: number, to: number, level: LevelPlaces): (unit: string, year: number) => boolean {
      const n = level.placeOfCode.size
      const entered = new Uint8Array(n * (to - from + 1))
      for (const [year, list] of enteredScan.all(from, to) as Array<[number, string]>) {
        const ids = JSON.parse(list) as number[]
        for (const id of ids) {
          const place = level.placeOfId.get(id)
          if (place !== undefined) entered[(year - from) * n + place] = 1
        }
      }
      return (unit, year) => {
        const place = level.placeOfCode.get(unit)
        return place !== undefined && year >= from && year <= to && entered[(year - from) * n + place] === 1
      }
    },
    /** One indicator's figures of the units `orgIds` in `from`…`to`. */
    ofUnitsIndicator(orgIds: readonly number[], key: string, from: number, to: number): FigureRow[] {
      if (orgIds.length === 0) return []
      return ofUnitsIndicator.all(JSON.stringify(orgIds), key, from, to).map(toRow)
    },
    /** `ofChildren` read from the figures' packs, with the unit-years that entered any. */
    packedOfChildren(parentId: number, from: number, to: number): PackedFigures {
      return unpack(packsOfChildren.all(parentId, from, to))
    },
    /** The figures of the units `orgIds` in `from`…`to` from their packs, with the unit-years that entered any. */
    packedOfUnits(orgIds: readonly number[], from: number, to: number): PackedFigures {
      return unpack(packsOfUnits.all(JSON.stringify(orgIds), from, to))
    },
    /**
     * The classes of `parentId`'s children (valid in `year`) alike for a total of `year`, read on
     * `basis` (see LevelClass): from the sums the database keeps, whatever the number of children.
     */
    levelClasses(parentId: number, year: number, basis: DataBasis): LevelClass[] {
      const B = LEVEL_BITS
      return levelSums.all(parentId, year).map(({ k, kind, ...sums }) => {
        const field = (shift: number) => (k >> shift) & 7
        const known = <T>(values: readonly T[], shift: number): T => {
          const value = values[field(shift)]
          if (value === undefined)
            throw new Error(`A figure of ${sums.indicator} has an unknown qualifier or period.`)
          return value
        }
        const counted = countsInBasis(
          (k & B.accepted) !== 0 ? 'accepted' : 'none',
          (k & B.entered) !== 0,
          basis,
        )
        const countedBefore = countsInBasis(
          (k & B.acceptedBefore) !== 0 ? 'accepted' : 'none',
          (k & B.enteredBefore) !== 0,
          basis,
        )
        const hasPrevious = countedBefore && (k & B.previous) !== 0
        return {
          indicator: sums.indicator,
          group: unitGroupOf(kind) ?? '',
          units: sums.units,
          counted,
          actual: sums.actual,
          target: sums.target,
          actualQualifier: known(QUALIFIERS, B.qualifierShift),
          illustrative: (k & B.illustrative) !== 0,
          hasSource: (k & B.source) !== 0,
          period: known(PERIODS, B.periodShift),
          wholeYear: (k & B.wholeYear) !== 0,
          previous: hasPrevious ? sums.previous : null,
          previousQualifier: hasPrevious ? known(QUALIFIERS, B.previousQualifierShift) : null,
          previousIllustrative: hasPrevious && (k & B.previousIllustrative) !== 0,
          previousPeriod: hasPrevious ? known(PERIODS, B.previousPeriodShift) : null,
          wholeYearBefore: (k & B.wholeYearBefore) !== 0,
        }
      })
    },
    /**
     * How many of `parentId`'s children (valid in `year`) are in each report state, with or without
     * entered figures; children with neither a report nor an entered figure are not listed.
     */
    levelStates(
      parentId: number,
      year: number,
    ): Array<{ report: ReportState; hasFigures: boolean; units: number }> {
      return levelStates.all(parentId, year).map((r) => ({
        report: r.report,
        hasFigures: r.entered === 1,
        units: r.units,
      }))
    },
    /** Report states of the units `orgIds` in `from`…`to`. */
    reportStatesOfUnits(orgIds: readonly number[], from: number, to: number): ReportStateRow[] {
      return reportsOfUnits.all(JSON.stringify(orgIds), from, to)
    },
    /** `parentId`'s children × years in `from`…`to` with at least one entered figure. */
    reportedChildren(parentId: number, from: number, to: number): Array<{ unit: string; year: number }> {
      return reportedChildren.all(parentId, from, to)
    },
    /** Report states of `parentId`'s children in `from`…`to`. */
    reportStatesOfChildren(parentId: number, from: number, to: number): ReportStateRow[] {
      return reportsOfChildren.all(parentId, from, to)
    },
    ofOrganisation(orgId: number): FigureRow[] {
      return ofOrganisation.all({ orgId })
    },
    /** Unit × year pairs in `from`…`to` with at least one entered figure. */
    reportedUnits(from: number, to: number): Array<{ unit: string; year: number }> {
      return reportedUnits.all({ from, to })
    },
    /** Report states of every unit in `from`…`to`. */
    reportStates(from: number, to: number): ReportStateRow[] {
      return reportsInYears.all({ from, to })
    },
    reportStatesOfUnit(orgId: number): ReportStateRow[] {
      return reportsOfUnit.all({ orgId })
    },
    /** Years that hold at least one figure, ascending, with what they hold. */
    yearDetails(): YearInfo[] {
      return yearDetails.all().map((r) => ({
        year: r.year,
        hasActuals: Number(r.actuals) === 1,
        hasTargets: Number(r.targets) === 1,
      }))
    },
    /** The earliest year with figures or with a reporting unit: where the writable years begin. */
    firstDataYear(): number | null {
      const figure = firstFigureYear.get()?.year ?? null
      const from = firstUnitYear.get()?.from ?? null
      const unit = from === null ? null : Number(from.slice(0, 4))
      const known = [figure, unit].filter((y): y is number => y !== null && Number.isFinite(y))
      return known.length > 0 ? Math.min(...known) : null
    },
  }
}

export type FigureRepository = ReturnType<typeof createFigureRepository>
