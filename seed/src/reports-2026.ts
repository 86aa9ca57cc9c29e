// 2026, the year in progress (today is December 2026): the city has set targets for every union;
// reports are in every state of the workflow. Accepted, submitted and returned reports are complete
// and explain what the entry checks ask them to; drafts are half filled; the rest have not started
// (no report yet, only the city's targets). All of it illustrative.
import { checkReport, type ReportStatus } from '@ldld/db/contracts'
import { CURRENT_YEAR, unionYear } from './illustrative-2025.ts'
import { INDICATORS } from './indicators.ts'
import { rngFor } from './prng.ts'
import { cellKey, type SeedFigure } from './seed-figure.ts'
import type { UnionSeed } from './unions-2025.ts'

export interface SeedReport {
  unit: string
  year: number
  status: ReportStatus
  version: number
  reason: string | null
  updatedAt: string
}

/** The ward union of the demo account `cd00256` is a draft, so the account has work to do. */
export const DEMO_DRAFT_UNIT = '00256'

const NOTES: Record<string, string> = {
  jump: 'Năm 2025 chỉ tính từ 1/10/2025 (3 tháng), không so được với cả năm 2026.',
  below_target: 'Minh họa: chưa đạt chỉ tiêu do nhiều doanh nghiệp trên địa bàn cắt giảm lao động.',
  missing: 'Minh họa: chưa có số liệu đến kỳ báo cáo.',
}
const RETURN_REASON = 'Số đoàn viên kết nạp mới chưa khớp với danh sách CĐCS; đề nghị rà soát, báo cáo lại.'

export type ReportState = ReportStatus | 'not_started'

export function stateOf(union: UnionSeed): ReportState {
  if (union.code === DEMO_DRAFT_UNIT) return 'draft'
  if (union.kind === 'industrial_zone') return 'accepted'
  const rng = rngFor(union.code, 'report', CURRENT_YEAR)
  // Codes run in near sequence ("00004", "00008"), and so do the first draws of their generators.
  rng()
  const r = rng()
  if (r < 0.45) return 'accepted'
  if (r < 0.67) return 'submitted'
  if (r < 0.72) return 'returned'
  if (r < 0.84) return 'draft'
  return 'not_started'
}

const VERSION: Record<ReportStatus, number> = { draft: 1, submitted: 2, returned: 3, accepted: 3 }

/** A complete report gets the notes the entry checks would ask for before submission. */
function explained(rows: SeedFigure[], previous: ReadonlyMap<string, number | null>): SeedFigure[] {
  const issues = checkReport(
    rows.map((f) => ({
      indicator: f.indicator,
      actual: f.actual,
      target: f.target,
      note: null,
      previousActual: previous.get(cellKey(f.unit, f.indicator, CURRENT_YEAR - 1)) ?? null,
    })),
    INDICATORS,
  )
  return rows.map((f) => {
    const codes = issues
      .filter((i) => i.indicator === f.indicator && i.severity === 'warning')
      .map((i) => i.code)
    const note = [...new Set(codes)]
      .map((c) => NOTES[c] ?? '')
      .filter(Boolean)
      .join(' ')
    return note ? { ...f, note } : f
  })
}

export function unionsCurrentYear(
  unions: readonly UnionSeed[],
  previous: ReadonlyMap<string, number | null>,
): { figures: SeedFigure[]; reports: SeedReport[] } {
  const figures: SeedFigure[] = []
  const reports: SeedReport[] = []
  for (const union of unions) {
    const full = unionYear(union, CURRENT_YEAR)
    const state = stateOf(union)
    const rng = rngFor(union.code, 'filled', CURRENT_YEAR)
    // A draft has its first few indicators filled; a report not started has the targets only.
    const filled = state === 'draft' ? 3 + Math.floor(rng() * 6) : state === 'not_started' ? 0 : full.length
    const rows = full
      .map((f, i) => (i < filled ? f : { ...f, actual: null }))
      .filter((f) => f.actual !== null || f.target !== null)
    figures.push(...(state === 'draft' || state === 'not_started' ? rows : explained(rows, previous)))
    if (state === 'not_started') continue
    const day = 10 + Math.floor(rngFor(union.code, 'day', CURRENT_YEAR)() * 18)
    reports.push({
      unit: union.code,
      year: CURRENT_YEAR,
      status: state,
      version: VERSION[state],
      reason: state === 'returned' ? RETURN_REASON : null,
      updatedAt: `${CURRENT_YEAR}-11-${String(day).padStart(2, '0')}T02:30:00.000Z`,
    })
  }
  return { figures, reports }
}
