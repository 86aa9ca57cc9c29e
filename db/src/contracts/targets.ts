// Contracts of the city's target grid: district × indicator for a year, against the city's own target.
import { z } from './zod.ts'
import { unitCodeSchema } from './unit-code.ts'
import { organisationSchema } from './api.ts'
import { conflictCellSchema } from './entry.ts'
import { REPORT_STATUSES } from './enums.ts'
import { MAX_MONEY } from './figure-input.ts'
import { formatDayMonth } from './format.ts'
import { yearParamSchema } from './year.ts'
import { indicatorKeySchema } from './indicator-key.ts'

export const targetsParamsSchema = z.strictObject({
  // The one year parser (year.ts); which years a write may name is checked by the server's year rule.
  year: yearParamSchema,
})

export const targetCellSchema = z.object({
  unit: z.string(),
  indicator: z.string(),
  target: z.number().int().nullable(),
  /** The target is invented demo data ("mh"). */
  illustrative: z.boolean(),
  previousTarget: z.number().int().nullable(),
})

export const targetsResponseSchema = z.object({
  year: z.number().int(),
  /** Indicators of that year's plan that take a target. */
  indicators: z.array(z.string()),
  units: z.array(organisationSchema),
  /**
   * Report version and status per unit code (the city unit included): a save sends the versions it
   * read; `started` as `reportStarted` says (the unit has entered an actual or sent its report).
   */
  reports: z.record(
    z.string(),
    z.object({ version: z.number().int(), status: z.enum(REPORT_STATUSES), started: z.boolean() }),
  ),
  cells: z.array(targetCellSchema),
  /** The city's own target per indicator (unit '01'), to compare with the sum of district targets. */
  city: z.array(
    z.object({ indicator: z.string(), target: z.number().int().nullable(), illustrative: z.boolean() }),
  ),
})
export type Targets = z.infer<typeof targetsResponseSchema>

export const saveTargetsBodySchema = z.strictObject({
  versions: z.record(
    unitCodeSchema,
    z
      .number({ error: 'Phiên bản phải là một số.' })
      .int({ error: 'Phiên bản phải là số nguyên.' })
      .min(0, { error: 'Phiên bản không được âm.' }),
    { error: 'Thiếu phiên bản đã đọc của các đơn vị (versions).' },
  ),
  values: z
    .array(
      z.strictObject({
        unit: unitCodeSchema,
        indicator: indicatorKeySchema,
        target: z
          .number({ error: 'Chỉ tiêu phải là một số.' })
          .int({ error: 'Chỉ tiêu phải là số nguyên.' })
          .min(0, { error: 'Chỉ tiêu không được âm.' })
          .max(MAX_MONEY, { error: 'Số quá lớn.' })
          .nullable(),
      }),
    )
    .min(1, { error: 'Không có chỉ tiêu nào để lưu.' })
    .max(2000),
})
export type SaveTargetsBody = z.infer<typeof saveTargetsBodySchema>

/**
 * Whether a unit takes targets for a year. The city assigns a year's targets at its start, so a unit
 * founded in the second half (the commune and ward unions of 1/10/2025) reports its part of the year
 * without targets, and its first targets are the next year's. A unit that ended during the year (the
 * district federations, to 30/6/2025) keeps the targets it was given in January.
 */
export function takesTargetsIn(unit: { validFrom: string }, year: number): boolean {
  return unit.validFrom <= `${year}-06-30`
}

/** Why a unit has no targets for a year: "hoạt động từ 1/10/2025, không giao chỉ tiêu năm 2025 …". */
export function noTargetsText(unit: { validFrom: string }, year: number): string {
  return (
    `hoạt động từ ${formatDayMonth(unit.validFrom)}, không giao chỉ tiêu năm ${year} ` +
    `(số liệu cuối năm chỉ để theo dõi; chỉ tiêu đầu tiên là của năm ${year + 1})`
  )
}

/** Sum of unit targets against the city's own target: under- or over-allocated beyond 0,5 %. */
export function allocationOf(
  sum: number | null,
  cityTarget: number | null,
): 'under' | 'over' | 'even' | null {
  if (sum === null || cityTarget === null || cityTarget === 0) return null
  const ratio = sum / cityTarget
  if (ratio < 0.995) return 'under'
  return ratio > 1.005 ? 'over' : 'even'
}

/** 409 on PUT /api/targets/:year: `units` whose cells this save changes moved since; `current` is the grid now. */
export const targetsConflictErrorSchema = z.object({
  error: z.object({
    code: z.literal('version_conflict'),
    message: z.string(),
    units: z.array(z.string()),
    /** The targets this save changes that someone else changed, with their value now. */
    cells: z.array(conflictCellSchema),
    current: targetsResponseSchema,
  }),
})
