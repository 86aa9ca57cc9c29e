// Request and response schemas shared by the server (validation, OpenAPI) and the web (types).
import { z } from './zod.ts'
import { coverageSchema, DATA_BASES, dataBasisSchema, REPORT_STATES } from './coverage.ts'
import { unitCodeSchema } from './unit-code.ts'
import {
  ADMIN_TYPES,
  MEASURES,
  ORG_KINDS,
  PERIODS,
  QUALIFIERS,
  SOURCE_KINDS,
  STATUSES,
  UNIT_KINDS,
} from './enums.ts'
import { CELL_DEFAULTS, cellGridSchema, cellsOfGrid, gridOfCells } from './cell-grid.ts'
import { NO_MARKS } from './kpi.ts'
import { UNIT_GROUP_KEYS } from './unit-groups.ts'
import { yearParamSchema } from './year.ts'

export const yearQuerySchema = z.strictObject({ year: yearParamSchema })
/** `data=accepted` reads only figures of accepted reports; the default is the latest saved. */
const dataParam = dataBasisSchema.default('latest')
export const dataQuerySchema = z.strictObject({ data: dataParam })
export const yearDataQuerySchema = z.strictObject({ year: yearParamSchema, data: dataParam })

/** Units shown per page by default on a dashboard or ranking; `limit` takes up to MAX_PAGE_LIMIT, `units=all` all. */
export const DEFAULT_PAGE_LIMIT = 150
export const MAX_PAGE_LIMIT = 500
const pageNumber = z
  .string({ error: 'Chỉ nêu một trang, ví dụ page=2.' })
  .regex(/^[0-9]{1,6}$/, { error: 'Trang phải là số nguyên dương, ví dụ page=2.' })
  .transform(Number)
  .pipe(z.number().int().min(1, { error: 'Trang bắt đầu từ 1.' }))
const pageLimit = z
  .string({ error: 'Chỉ nêu một giới hạn, ví dụ limit=50.' })
  .regex(/^[0-9]{1,6}$/, { error: 'Số đơn vị mỗi trang phải là số nguyên, ví dụ limit=50.' })
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(1, { error: 'Mỗi trang có ít nhất 1 đơn vị.' })
      .max(MAX_PAGE_LIMIT, {
        error: `Mỗi trang có nhiều nhất ${MAX_PAGE_LIMIT} đơn vị; muốn lấy hết, dùng units=all.`,
      }),
  )

/**
 * A level of the hierarchy (issue 8): `unit` is the unit whose children are shown (default the city,
 * 01); its children come a page at a time (`page`, `limit`), or all at once with `units=all`. Totals
 * and coverage always cover every child, whatever the page.
 */
export const levelQueryFields = {
  unit: unitCodeSchema.optional(),
  page: pageNumber.optional(),
  limit: pageLimit.optional(),
  units: z.enum(['all'], { error: 'Chỉ nhận units=all (mọi đơn vị trên một trang).' }).optional(),
}
export const dashboardQuerySchema = z.strictObject({
  year: yearParamSchema,
  data: dataParam,
  ...levelQueryFields,
})
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>
export const rankingQuerySchema = dashboardQuerySchema
export type RankingQuery = DashboardQuery
export const orgCodeParamsSchema = z.strictObject({
  code: unitCodeSchema,
})
export const indicatorKeyParamsSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, { error: 'Mã chỉ tiêu không hợp lệ.' }),
})
export const emptyQuerySchema = z.strictObject({})

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
})
export type ApiErrorBody = z.infer<typeof errorSchema>

export const organisationSchema = z.object({
  code: z.string(),
  name: z.string(),
  fullName: z.string(),
  kind: z.enum(ORG_KINDS),
  adminType: z.enum(ADMIN_TYPES).nullable(),
  parentCode: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
})
export type Organisation = z.infer<typeof organisationSchema>

export const indicatorSchema = z.object({
  key: z.string(),
  nameVi: z.string(),
  shortNameVi: z.string(),
  nameEn: z.string(),
  unitKind: z.enum(UNIT_KINDS),
  unitLabel: z.string(),
  measure: z.enum(MEASURES),
  takesTarget: z.boolean(),
  higherIsBetter: z.boolean(),
  headline: z.boolean(),
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable(),
  sortOrder: z.number().int(),
})
export type Indicator = z.infer<typeof indicatorSchema>

export const sourceSchema = z.object({
  id: z.number().int(),
  kind: z.enum(SOURCE_KINDS),
  title: z.string(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  file: z.string().nullable(),
  publishedOn: z.string().nullable(),
})
export type Source = z.infer<typeof sourceSchema>

const nullableInt = z.number().int().nullable()

/**
 * The marks a derived number inherits from its inputs (issue 11 item 1; `DerivedMarks` in kpi.ts):
 * `illustrative` — an input is invented demo data; `partialYear` — an input covers part of a year;
 * `bound` — the derived number is a bound ("ít nhất" for `at_least`, see DERIVED_BOUND_PREFIX).
 * Every page, slide and export shows these beside `yoy`, `previous`, `rankChange` and totals.
 */
export const derivedMarksSchema = z.object({
  illustrative: z.boolean().default(false),
  partialYear: z.boolean().default(false),
  bound: z.enum(QUALIFIERS).default('exact'),
})
export type DerivedMarksBody = z.infer<typeof derivedMarksSchema>

/** Which group of the year a unit belongs to (2025: districts to 30/6, unions from 1/10). */
export const unitGroupKeySchema = z.enum(UNIT_GROUP_KEYS)

/**
 * One unit × indicator × year. On the wire a cell leaves out every field that holds its default
 * (null, false, 'exact', 'year', [], no marks, no report): a national level's 3.780 cells were two thirds key
 * names and nulls (issue 8, scale). Decoding with this schema fills them back, so every reader gets
 * the whole `Cell`; the server builds `WireCell`s without them (see docs/decisions.md, "Slim cells").
 * A dashboard sends its cells as columns instead (`cellsCodec`, "Compact cells"); series and the
 * ranking's cells stay slim objects.
 */
export const cellSchema = z.object({
  unit: z.string(),
  indicator: z.string(),
  year: z.number().int(),
  actual: nullableInt.default(CELL_DEFAULTS.actual),
  actualQualifier: z.enum(QUALIFIERS).default(CELL_DEFAULTS.actualQualifier),
  target: nullableInt.default(CELL_DEFAULTS.target),
  targetDerived: z.boolean().default(CELL_DEFAULTS.targetDerived),
  statedPercent: z.number().nullable().default(CELL_DEFAULTS.statedPercent),
  percent: z.number().nullable().default(CELL_DEFAULTS.percent),
  percentBasis: z.enum(['computed', 'stated']).nullable().default(CELL_DEFAULTS.percentBasis),
  status: z.enum(STATUSES),
  previous: nullableInt.default(CELL_DEFAULTS.previous),
  /** Null also when both years are bounds in the same direction (no bound holds for the change). */
  yoy: z.number().nullable().default(CELL_DEFAULTS.yoy),
  /** Marks of `previous` and `yoy`: last year's invented 1.387 makes Hai Bà Trưng's 2021 change illustrative. */
  derivedFrom: derivedMarksSchema.default(CELL_DEFAULTS.derivedFrom),
  illustrative: z.boolean().default(CELL_DEFAULTS.illustrative),
  /**
   * `part_year` when the figure covers part of the year: a flow of a unit valid part of it (2025), or
   * a count to a cut-off date the source gives (Ba Đình 2016, to about late November).
   */
  period: z.enum(PERIODS).default(CELL_DEFAULTS.period),
  /** What the part of the year is, in words: "Số đến khoảng cuối tháng 11/2016 …", "1/1–30/6/2025". */
  timing: z.string().nullable().default(CELL_DEFAULTS.timing),
  /** "suy ra từ 145%": the target was worked back from the percentage the source printed. */
  targetNote: z.string().nullable().default(CELL_DEFAULTS.targetNote),
  /** Shown only to readers who may see it (the unit, the city, admins) until the report is accepted. */
  note: z.string().nullable().default(CELL_DEFAULTS.note),
  sourceId: z.number().int().nullable().default(CELL_DEFAULTS.sourceId),
  /** The stored quote; its passages are joined by " … " (QUOTE_PART_SEPARATOR). Show `quoteParts`. */
  quote: z.string().nullable().default(CELL_DEFAULTS.quote),
  /** The quote's passages, each to be shown in its own quotation marks, joined by " · " (`quoteText`). */
  quoteParts: z.array(z.string()).default(() => []),
  /** The unit × year report's state; a cell whose unit has not reported has status not_reported. */
  report: z.enum(REPORT_STATES).default(CELL_DEFAULTS.report),
})
export type Cell = z.infer<typeof cellSchema>
/** A cell as the server sends it: fields at their default are left out (`cellSchema` fills them). */
export type WireCell = z.input<typeof cellSchema>

/** The whole cell a wire cell stands for, without a schema pass (the server's own use of its cells). */
export function cellWithDefaults(cell: WireCell): Cell {
  return {
    ...CELL_DEFAULTS,
    ...cell,
    derivedFrom: { ...NO_MARKS, ...cell.derivedFrom },
    quoteParts: cell.quoteParts ?? [],
  }
}

/**
 * The wire form of a whole cell: every field at its default left out, as the server sends it. The
 * inverse of `cellWithDefaults` (a page drawn on the server carries its cells this way).
 */
export function slimCell(cell: Cell): WireCell {
  const wire: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(cell)) {
    if (key === 'derivedFrom') {
      const marks = Object.fromEntries(
        Object.entries(cell.derivedFrom).filter(
          ([mark, set]) => NO_MARKS[mark as keyof typeof NO_MARKS] !== set,
        ),
      )
      if (Object.keys(marks).length > 0) wire[key] = marks
    } else if (key === 'quoteParts') {
      if (cell.quoteParts.length > 0) wire[key] = value
    } else if (!(key in CELL_DEFAULTS) || CELL_DEFAULTS[key as keyof typeof CELL_DEFAULTS] !== value) {
      wire[key] = value
    }
  }
  return wire as WireCell
}

/**
 * A page's cells: on the wire a grid of columns (`cellGridSchema`, cell-grid.ts; a national level's
 * 2.900 cells as objects were most of a cold answer's cost, issue 8), decoded into the same whole
 * `Cell`s as every reader has always read. The wire side is checked field by field (types, enums,
 * each column the grid's size), and `cellsOfGrid` builds every field of every cell from it, so the
 * decoded cells are not checked again one by one (that was the longest task of reading a dashboard
 * in a browser); cell-grid.test.ts holds the decoding to `cellSchema`. Encoding refuses cells that
 * are not a unit × indicator grid of one year.
 */
export const cellsCodec = z.codec(
  cellGridSchema,
  z.custom<Cell[]>((value) => Array.isArray(value), { error: 'Các ô phải là một danh sách.' }),
  {
    decode: (grid, ctx) => {
      try {
        return cellsOfGrid(grid)
      } catch (error) {
        ctx.issues.push({ code: 'custom', message: (error as Error).message, input: grid })
        return z.NEVER
      }
    },
    encode: (cells) => gridOfCells(cells),
  },
)

const qualifier = z.enum(QUALIFIERS)

/** What a city total is computed from (the contracts' `totalOf`), so views state it beside the number. */
export const totalBasisSchema = z.object({
  /** Units whose figures make `actual` and `target`: those with a target, when any has one. */
  units: z.number().int(),
  /**
   * Reported units without a target, not in the %: "+ 3 đơn vị không giao chỉ tiêu: 4.120";
   * `sourceSilent` of them because their source states no target (status `source_no_target`).
   */
  rest: z
    .object({
      units: z.number().int(),
      sourceSilent: z.number().int(),
      actual: z.number().int(),
      actualQualifier: qualifier,
    })
    .nullable(),
  /** `actual` plus the rest: everything reported. */
  allActual: nullableInt,
  /** Units without a figure and the sum of their targets (not in the %). */
  notReported: z.object({ units: z.number().int(), target: nullableInt }),
  /** Units compared with last year (reported in both years): the basis of `previous` and `yoy`. */
  change: z.object({ units: z.number().int() }),
})

export const totalSchema = z.object({
  indicator: z.string(),
  /** The result the % is computed from; `actual`/`target` are exactly what `percent` divides. */
  actual: nullableInt,
  actualQualifier: qualifier,
  target: nullableInt,
  percent: z.number().nullable(),
  status: z.enum(STATUSES),
  previous: nullableInt,
  yoy: z.number().nullable(),
  /** Units with a figure for this indicator, of those expected. */
  reported: z.number().int(),
  expected: z.number().int(),
  /** A counted figure is illustrative: the total (and its %) is too. */
  illustrative: z.boolean(),
  /** A counted figure covers part of the year (2025's groups; a count to a cut-off date). */
  partialYear: z.boolean(),
  /** Marks of `previous` and `yoy`, from every figure of both years they add. */
  derivedFrom: derivedMarksSchema,
  /** The groups of units this total adds (2025 stocks: only those valid at the year's end). */
  groups: z.array(unitGroupKeySchema),
  basis: totalBasisSchema,
})
export type Total = z.infer<typeof totalSchema>

export const healthSchema = z.object({ status: z.literal('ok'), database: z.literal('ok') })
/** What stops the database from saving, as /api/health reports it (503) beside the error code. */
export const DATABASE_PROBLEM_STATES = ['read_only', 'full', 'io_error', 'busy', 'unreachable'] as const
export const healthProblemSchema = z.object({
  error: errorSchema.shape.error.extend({ database: z.enum(DATABASE_PROBLEM_STATES) }),
})
export const organisationsResponseSchema = z.object({ organisations: z.array(organisationSchema) })
export const indicatorsResponseSchema = z.object({ indicators: z.array(indicatorSchema) })
const basisField = z.enum(DATA_BASES)

/** One unit's place in a year: its report's state and whether its figures count in this view. */
export const unitReportSchema = z.object({
  unit: z.string(),
  report: z.enum(REPORT_STATES),
  counted: z.boolean(),
})
export type UnitReport = z.infer<typeof unitReportSchema>

/** One page of a level's children. */
export const pageSchema = z.object({
  page: z.number().int(),
  limit: z.number().int(),
  pages: z.number().int(),
  /** Children of the level in all (every page). */
  units: z.number().int(),
  /** `units=all` was asked: every child on this one page. */
  all: z.boolean(),
})
export type PageInfo = z.infer<typeof pageSchema>

/** A group of the year's units (`unitGroups` in unit-groups.ts), with its part of the year. */
export const unitGroupSchema = z.object({
  key: unitGroupKeySchema,
  count: z.number().int(),
  /** "30 LĐLĐ quận, huyện, thị xã", "84 công đoàn xã, phường", "Công đoàn các KCNC và KCN". */
  text: z.string(),
  /** "1/1–30/6/2025", or null when the group covers the whole year. */
  period: z.string().nullable(),
  /** The group's part of the year, ISO dates clipped to the year. */
  from: z.string(),
  to: z.string(),
})
export type UnitGroupBody = z.infer<typeof unitGroupSchema>

/** A group with its own totals (every child of the group, not only the page). */
export const groupTotalsSchema = unitGroupSchema.extend({
  /**
   * Codes of the group's children on this page, in display order (every child when the level fits
   * on a page or `units=all` is asked; `count` says how many the group has in all).
   */
  units: z.array(z.string()),
  totals: z.array(totalSchema),
})

/** What a level's totals add, in words, for the line under them. */
export const totalsBasisSchema = z.object({
  /** "Cộng 30 LĐLĐ quận, huyện, thị xã (1/1–30/6/2025), 84 công đoàn xã, phường (1/10–31/12/2025) và …" */
  text: z.string(),
  /** When stocks add fewer groups than flows (2025): which, and why; else null. */
  stocks: z.string().nullable(),
})

export const dashboardResponseSchema = z.object({
  year: z.number().int(),
  /** Which figures were read: latest saved, or accepted reports only. */
  basis: basisField,
  /** The unit whose level this is (default the city, 01): its children are `units`. */
  unit: organisationSchema,
  /** The units above `unit`, top first (empty for a root): a breadcrumb. */
  ancestors: z.array(organisationSchema),
  /** "LĐLĐ quận, huyện, thị xã" / "công đoàn xã, phường" / 2025 both (`unitGroupPhrase`). */
  groupPhrase: z.string(),
  /** The year's groups of children with their periods and their own totals (2025: both groups). */
  groups: z.array(groupTotalsSchema),
  /** What `totals` add. */
  totalsBasis: totalsBasisSchema,
  /** Over every child of `unit`, not only this page. */
  coverage: coverageSchema,
  /** This page of `unit`'s children valid in `year`, in display order. */
  units: z.array(organisationSchema),
  page: pageSchema,
  /** Units on this page that have children of their own that year: their own dashboard (`unit=code`). */
  drillDown: z.array(z.object({ unit: z.string(), units: z.number().int() })),
  unitReports: z.array(unitReportSchema),
  indicators: z.array(z.string()),
  /**
   * The cells of this page's units × `indicators`, in that order. Sent as a grid of columns
   * (`cellGridSchema`), decoded into whole cells.
   */
  cells: cellsCodec,
  /** The level's totals over every child (see `totalsBasis`). */
  totals: z.array(totalSchema),
  sources: z.array(sourceSchema),
})
export type Dashboard = z.infer<typeof dashboardResponseSchema>
/** The dashboard exactly as sent (its cells as columns): what the API's documentation shows. */
export const dashboardWireSchema = dashboardResponseSchema.extend({ cells: cellGridSchema })
/** The dashboard as built and sent: its cells are a `CellGrid` (columns). */
export type WireDashboard = z.input<typeof dashboardResponseSchema>

/** A fact behind the break's explanation, with its source when the product holds one. */
export const breakFactSchema = z.object({
  text: z.string(),
  value: z.number().int(),
  qualifier: z.enum(QUALIFIERS),
  when: z.string(),
  sourceId: z.number().int().nullable(),
  quote: z.string().nullable(),
  note: z.string().nullable(),
})

/** The 2025 reorganisation, as a series marks it (`REORGANISATION_BREAK`). */
export const seriesBreakSchema = z.object({
  year: z.number().int(),
  /** The districts' last day (2025-06-30) and the unions' first (2025-10-01). */
  lastDayBefore: z.string(),
  firstDayAfter: z.string(),
  title: z.string(),
  text: z.string(),
  /** Why grassroots unions drop across the break (9.360 → about 6.349): definitional, not a failure. */
  unionsDrop: z.string(),
  facts: z.array(breakFactSchema),
})
export type SeriesBreak = z.infer<typeof seriesBreakSchema>

/** A level's totals in one year of a series (the city from 2016 to 2026). */
export const yearTotalsSchema = z.object({
  year: z.number().int(),
  groupPhrase: z.string(),
  groups: z.array(unitGroupSchema),
  totalsBasis: totalsBasisSchema,
  coverage: coverageSchema,
  totals: z.array(totalSchema),
})
export type YearTotals = z.infer<typeof yearTotalsSchema>

export const seriesResponseSchema = z.object({
  unit: organisationSchema,
  basis: basisField,
  years: z.array(z.number().int()),
  /** Per year: the unit's report state and whether its figures count in this view. */
  yearReports: z.array(
    z.object({ year: z.number().int(), report: z.enum(REPORT_STATES), counted: z.boolean() }),
  ),
  /** The unit's own figures (never across the break: a unit's years lie within its validity). */
  cells: z.array(cellSchema),
  /**
   * For a unit with children (the city): its children's totals year by year, across the break
   * (2016 → 2026). Empty for a unit without children.
   */
  levelTotals: z.array(yearTotalsSchema),
  /** The 2025 break when the series reaches it (a level series spanning it, a unit ended or begun by it). */
  break: seriesBreakSchema.nullable(),
  /** Units whose members this unit took over, and units that took over this unit's (organisation_predecessors). */
  predecessors: z.array(organisationSchema.extend({ illustrative: z.boolean() })),
  successors: z.array(organisationSchema.extend({ illustrative: z.boolean() })),
  sources: z.array(sourceSchema),
})
export type Series = z.infer<typeof seriesResponseSchema>
/** The series as built and sent: its cells are `WireCell`s. */
export type WireSeries = z.input<typeof seriesResponseSchema>

export const rankingRowSchema = z.object({
  unit: z.string(),
  name: z.string(),
  rank: z.number().int().nullable(),
  previousRank: z.number().int().nullable(),
  /** Places gained on the year before (positive = moved up). */
  rankChange: z.number().int().nullable(),
  /**
   * Marks of `rank`, `previousRank` and `rankChange`: a rank is computed from every ranked unit's
   * figure, so it is illustrative when any of those (either year) is, part-year likewise; `bound`
   * is `about` when this unit's own figure in either year is a bound.
   */
  derivedFrom: derivedMarksSchema,
  /** The unit's group (2025: districts and unions are ranked within their own group). */
  group: unitGroupKeySchema.nullable(),
  actual: nullableInt,
  actualQualifier: z.enum(QUALIFIERS),
  target: nullableInt,
  targetDerived: z.boolean(),
  /** "suy ra từ 145%". */
  targetNote: z.string().nullable(),
  percent: z.number().nullable(),
  /** `source_no_target` rows are listed after the ranked ones, apart from units without a target. */
  status: z.enum(STATUSES),
  illustrative: z.boolean(),
  period: z.enum(PERIODS),
  timing: z.string().nullable(),
  sourceId: z.number().int().nullable(),
  report: z.enum(REPORT_STATES),
})
export type RankingRow = z.infer<typeof rankingRowSchema>

export const rankingResponseSchema = z.object({
  indicator: z.string(),
  year: z.number().int(),
  basis: basisField,
  /** The level ranked: `unit`'s children (default the city, 01). */
  unit: organisationSchema,
  groupPhrase: z.string(),
  /** The year's groups; in 2025 each is ranked on its own (rows carry `group`). */
  groups: z.array(unitGroupSchema),
  /**
   * Units expected, those with a figure for this indicator, those ranked, and those whose source
   * states no target (listed apart, after the ranked ones).
   */
  coverage: coverageSchema.extend({ ranked: z.number().int(), sourceNoTarget: z.number().int() }),
  rankedBy: z.enum(['percent', 'value']),
  /** This page of the rows in ranking order (ranked, then source_no_target, then the rest). */
  rows: z.array(rankingRowSchema),
  page: pageSchema,
  sources: z.array(sourceSchema),
})
export type Ranking = z.infer<typeof rankingResponseSchema>
