// Reading figures out of report text (issue 9): POST /api/extract answers proposals and writes
// nothing. A person accepts, edits or rejects each proposal before anything is saved.
import { z } from './zod.ts'
import { formatNumber } from './format.ts'
import { yearSchema } from './year.ts'
import { PERIODS, QUALIFIERS } from './enums.ts'

/** Longest text one request may carry (a year-end report is 20–40 000 characters). */
export const EXTRACT_MAX_CHARS = 100_000

/** Why a proposal needs a second look; each comes with a Vietnamese explanation. */
export const EXTRACT_WARNING_CODES = [
  'percent_mismatch',
  'percent_only',
  'percent_ambiguous',
  'target_derived',
  'part_year',
  'multi_year',
  'implausible',
  'year_mismatch',
  'year_missing',
  'unit_mismatch',
  'unit_missing',
  'unit_unknown',
  'welfare_part',
  'indicator_not_in_year',
] as const
export type ExtractWarningCode = (typeof EXTRACT_WARNING_CODES)[number]

export const extractBodySchema = z.strictObject({
  text: z
    .string({ error: 'Thiếu văn bản cần đọc (trường "text").' })
    .max(EXTRACT_MAX_CHARS, {
      error: `Văn bản dài quá ${formatNumber(EXTRACT_MAX_CHARS)} ký tự; hãy chia thành nhiều phần.`,
    })
    .refine((t) => t.trim().length > 0, { error: 'Văn bản cần đọc đang trống.' }),
  /** The unit the text reports for (GSO code); a district officer's own unit when left out. */
  unit: z
    .string()
    .regex(/^[0-9A-Za-z_-]{1,20}$/, { error: 'Mã đơn vị không hợp lệ.' })
    .optional(),
  /** The report year; the text's own "năm 2021" wins, with a warning when they differ. */
  year: yearSchema.optional(),
})
export type ExtractBody = z.infer<typeof extractBodySchema>

export const textSpanSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
})
export type TextSpan = z.infer<typeof textSpanSchema>

export const extractWarningSchema = z.object({
  code: z.enum(EXTRACT_WARNING_CODES),
  message: z.string(),
})
export type ExtractWarning = z.infer<typeof extractWarningSchema>

export const proposalSchema = z.object({
  /** Stable within one answer ("p1", "p2" …), in the order of the text. */
  id: z.string(),
  indicator: z.string(),
  actual: z.number().nullable(),
  target: z.number().nullable(),
  /** The target was worked back from a stated percentage ("29 CĐCS, đạt 145%" → 20), not written. */
  targetDerived: z.boolean(),
  /** The percentage the text states ("đạt 177%"), kept to check against actual/target, never a value. */
  statedPercent: z.number().nullable(),
  /** How the text bounds `actual`: "hơn 10 tỷ" is at_least. */
  qualifier: z.enum(QUALIFIERS),
  period: z.enum(PERIODS),
  /** The words that set the period ("9 tháng đầu năm", "nhiệm kỳ 2018-2023"), if any. */
  periodText: z.string().nullable(),
  /** GSO code of the unit; null when neither the request nor the text names one. */
  unit: z.string().nullable(),
  /** The data year; null for a multi-year figure or when nothing names a year. */
  year: z.number().int().nullable(),
  /** The exact words the figure comes from; `start`/`end` index the text in Unicode NFC. */
  quote: textSpanSchema.extend({ text: z.string() }),
  /** Where the number itself is, for highlighting. */
  value: textSpanSchema,
  warnings: z.array(extractWarningSchema),
})
export type Proposal = z.infer<typeof proposalSchema>

/** Spans index `text.normalize('NFC')`: the web normalises before sending, so they index what it shows. */
export const extractResponseSchema = z.object({
  proposals: z.array(proposalSchema),
})
export type ExtractResponse = z.infer<typeof extractResponseSchema>
