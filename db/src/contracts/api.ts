// Request and response schemas shared by the server (validation, OpenAPI) and the web (types).
import { z } from 'zod'
import { coverageSchema, DATA_BASES, dataBasisSchema, REPORT_STATES } from './coverage.ts'
import { unitCodeSchema } from './unit-code.ts'
import { ADMIN_TYPES, MEASURES, ORG_KINDS, QUALIFIERS, SOURCE_KINDS, STATUSES, UNIT_KINDS } from './enums.ts'
import { yearParamSchema } from './year.ts'

export const yearQuerySchema = z.strictObject({ year: yearParamSchema })
/** `data=accepted` reads only figures of accepted reports; the default is the latest saved. */
const dataParam = dataBasisSchema.default('latest')
export const dataQuerySchema = z.strictObject({ data: dataParam })
export const yearDataQuerySchema = z.strictObject({ year: yearParamSchema, data: dataParam })
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

export const cellSchema = z.object({
  unit: z.string(),
  indicator: z.string(),
  year: z.number().int(),
  actual: nullableInt,
  actualQualifier: z.enum(QUALIFIERS),
  target: nullableInt,
  targetDerived: z.boolean(),
  statedPercent: z.number().nullable(),
  percent: z.number().nullable(),
  percentBasis: z.enum(['computed', 'stated']).nullable(),
  status: z.enum(STATUSES),
  previous: nullableInt,
  yoy: z.number().nullable(),
  illustrative: z.boolean(),
  /** Shown only to readers who may see it (the unit, the city, admins) until the report is accepted. */
  note: z.string().nullable(),
  sourceId: z.number().int().nullable(),
  quote: z.string().nullable(),
  /** The unit × year report's state; a cell whose unit has not reported has status not_reported. */
  report: z.enum(REPORT_STATES),
})
export type Cell = z.infer<typeof cellSchema>

const qualifier = z.enum(QUALIFIERS)

/** What a city total is computed from (the contracts' `totalOf`), so views state it beside the number. */
export const totalBasisSchema = z.object({
  /** Units whose figures make `actual` and `target`: those with a target, when any has one. */
  units: z.number().int(),
  /** Reported units without a target, not in the %: "+ 3 đơn vị không giao chỉ tiêu: 4.120". */
  rest: z
    .object({ units: z.number().int(), actual: z.number().int(), actualQualifier: qualifier })
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
  illustrative: z.boolean(),
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

export const dashboardResponseSchema = z.object({
  year: z.number().int(),
  /** Which figures were read: latest saved, or accepted reports only. */
  basis: basisField,
  coverage: coverageSchema,
  units: z.array(organisationSchema),
  unitReports: z.array(unitReportSchema),
  indicators: z.array(z.string()),
  cells: z.array(cellSchema),
  totals: z.array(totalSchema),
  sources: z.array(sourceSchema),
})
export type Dashboard = z.infer<typeof dashboardResponseSchema>

export const seriesResponseSchema = z.object({
  unit: organisationSchema,
  basis: basisField,
  years: z.array(z.number().int()),
  /** Per year: the unit's report state and whether its figures count in this view. */
  yearReports: z.array(
    z.object({ year: z.number().int(), report: z.enum(REPORT_STATES), counted: z.boolean() }),
  ),
  cells: z.array(cellSchema),
  sources: z.array(sourceSchema),
})
export type Series = z.infer<typeof seriesResponseSchema>

export const rankingRowSchema = z.object({
  unit: z.string(),
  name: z.string(),
  rank: z.number().int().nullable(),
  previousRank: z.number().int().nullable(),
  /** Places gained on the year before (positive = moved up). */
  rankChange: z.number().int().nullable(),
  actual: nullableInt,
  actualQualifier: z.enum(QUALIFIERS),
  target: nullableInt,
  percent: z.number().nullable(),
  status: z.enum(STATUSES),
  illustrative: z.boolean(),
  sourceId: z.number().int().nullable(),
  report: z.enum(REPORT_STATES),
})
export type RankingRow = z.infer<typeof rankingRowSchema>

export const rankingResponseSchema = z.object({
  indicator: z.string(),
  year: z.number().int(),
  basis: basisField,
  /** Units expected, those with a figure for this indicator, and those ranked. */
  coverage: coverageSchema.extend({ ranked: z.number().int() }),
  rankedBy: z.enum(['percent', 'value']),
  rows: z.array(rankingRowSchema),
  sources: z.array(sourceSchema),
})
export type Ranking = z.infer<typeof rankingResponseSchema>
