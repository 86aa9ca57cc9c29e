// Request and response schemas shared by the server (validation, OpenAPI) and the web (types).
import { z } from 'zod'
import { ADMIN_TYPES, MEASURES, ORG_KINDS, QUALIFIERS, SOURCE_KINDS, STATUSES, UNIT_KINDS } from './enums.ts'

/** Years the product accepts at all; a year inside this range without data answers with no_data. */
export const MIN_YEAR = 2000
export const MAX_YEAR = 2100

/** A year as a number (request bodies, seed rows). */
export const yearSchema = z
  .number({ error: 'Năm phải là một số, ví dụ 2021.' })
  .int({ error: 'Năm phải là số nguyên, ví dụ 2021.' })
  .min(MIN_YEAR, { error: `Năm phải từ ${MIN_YEAR} trở đi.` })
  .max(MAX_YEAR, { error: `Năm phải không muộn hơn ${MAX_YEAR}.` })

/**
 * A year as written in a URL: digits only. Coercion would accept " 2021", "0x7E5" or "" (as 0),
 * which a user never means.
 */
export const yearParamSchema = z
  .string({
    // A repeated ?year=…&year=… arrives as an array: it was given, just more than once.
    error: (issue) =>
      issue.input === undefined ? 'Thiếu năm, ví dụ year=2021.' : 'Chỉ nêu một năm, ví dụ year=2021.',
  })
  .regex(/^[0-9]{1,6}$/, { error: 'Năm phải là một số, ví dụ 2021.' })
  .transform(Number)
  .pipe(yearSchema)

export const yearQuerySchema = z.strictObject({ year: yearParamSchema })
export const orgCodeParamsSchema = z.strictObject({
  code: z.string().regex(/^[0-9A-Za-z_-]{1,20}$/, { error: 'Mã đơn vị không hợp lệ.' }),
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
  note: z.string().nullable(),
  sourceId: z.number().int().nullable(),
  quote: z.string().nullable(),
})
export type Cell = z.infer<typeof cellSchema>

export const totalSchema = z.object({
  indicator: z.string(),
  actual: nullableInt,
  actualQualifier: z.enum(QUALIFIERS),
  target: nullableInt,
  percent: z.number().nullable(),
  status: z.enum(STATUSES),
  previous: nullableInt,
  yoy: z.number().nullable(),
  reported: z.number().int(),
  expected: z.number().int(),
  illustrative: z.boolean(),
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
export const yearsResponseSchema = z.object({
  years: z.array(z.number().int()),
  latest: z.number().int().nullable(),
})

export const dashboardResponseSchema = z.object({
  year: z.number().int(),
  units: z.array(organisationSchema),
  indicators: z.array(z.string()),
  cells: z.array(cellSchema),
  totals: z.array(totalSchema),
  sources: z.array(sourceSchema),
})
export type Dashboard = z.infer<typeof dashboardResponseSchema>

export const seriesResponseSchema = z.object({
  unit: organisationSchema,
  years: z.array(z.number().int()),
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
})
export type RankingRow = z.infer<typeof rankingRowSchema>

export const rankingResponseSchema = z.object({
  indicator: z.string(),
  year: z.number().int(),
  rankedBy: z.enum(['percent', 'value']),
  rows: z.array(rankingRowSchema),
  sources: z.array(sourceSchema),
})
export type Ranking = z.infer<typeof rankingResponseSchema>
