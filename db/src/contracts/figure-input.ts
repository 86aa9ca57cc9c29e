// Validation of one figure as it is written (seed today, the entry form and PUT API in the write side).
// Form, server and seed all use these, so a value the seed accepts is a value a user could enter.
import { z } from './zod.ts'
import { PERIODS, QUALIFIERS, type UnitKind } from './enums.ts'
import { yearSchema } from './year.ts'
import { indicatorKeySchema } from './indicator-key.ts'

/** No federation counts ten million of anything in a year; a bigger count is a typing slip. */
export const MAX_COUNT = 10_000_000
/** 10^15 đồng (one million tỷ): far above any union budget, far below float precision trouble. */
export const MAX_MONEY = 1_000_000_000_000_000

const amount = z
  .number({ error: 'Phải là một số.' })
  .int({ error: 'Phải là số nguyên, không có phần lẻ (tiền tính bằng đồng).' })
  .min(0, { error: 'Không được là số âm.' })
  .max(MAX_MONEY, { error: 'Số quá lớn.' })

export const figureInputSchema = z.strictObject({
  unit: z.string().min(1),
  indicator: indicatorKeySchema,
  year: yearSchema,
  actual: amount.nullable(),
  actualQualifier: z.enum(QUALIFIERS).default('exact'),
  target: amount.nullable(),
  targetDerived: z.boolean().default(false),
  statedPercent: z.number().min(0).max(100_000).nullable().default(null),
  note: z.string().trim().max(2000, { error: 'Ghi chú tối đa 2.000 ký tự.' }).nullable().default(null),
  illustrative: z.boolean().default(false),
  source: z.string().nullable().default(null),
  quote: z.string().nullable().default(null),
  /** `part_year`: the source's count stops before the year's end; `timing` says where, in words. */
  period: z.enum(PERIODS).default('year'),
  timing: z.string().trim().max(500).nullable().default(null),
})
export type FigureInput = z.input<typeof figureInputSchema>
export type Figure = z.output<typeof figureInputSchema>

/** Bounds that depend on the indicator's unit: counts stay under MAX_COUNT. Returns Vietnamese messages. */
export function unitBoundIssues(fig: Pick<Figure, 'actual' | 'target'>, unitKind: UnitKind): string[] {
  if (unitKind !== 'count') return []
  const issues: string[] = []
  if (fig.actual !== null && fig.actual > MAX_COUNT) issues.push('Số thực hiện vượt quá giới hạn hợp lý.')
  if (fig.target !== null && fig.target > MAX_COUNT) issues.push('Chỉ tiêu vượt quá giới hạn hợp lý.')
  return issues
}
