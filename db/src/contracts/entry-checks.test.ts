import { describe, expect, it } from 'vitest'
import { checkReport, hasErrors, unexplainedWarnings, type CheckValue } from './entry-checks.ts'

const ind = (key: string, takesTarget = true) => ({
  key,
  unitKind: 'count' as const,
  takesTarget,
  higherIsBetter: true,
  shortNameVi: key,
})
const INDICATORS = [ind('new_members'), ind('members_total', false), ind('workers_total', false)]
const v = (indicator: string, actual: number | null, over: Partial<CheckValue> = {}): CheckValue => ({
  indicator,
  actual,
  target: null,
  note: null,
  previousActual: null,
  ...over,
})

describe('checkReport', () => {
  it('says when the jump is against an invented figure of last year (issue 11: derived numbers keep the mark)', () => {
    const [issue] = checkReport(
      [v('new_members', 2352, { previousActual: 1387, previousIllustrative: true })],
      INDICATORS,
    )
    expect(issue?.message).toBe(
      'new_members: +69,6% so với số minh họa năm trước (1.387 → 2.352). Cần ghi chú giải thích.',
    )
  })

  it('asks for a note on a jump of more than 50% against last year', () => {
    const issues = checkReport([v('new_members', 2400, { previousActual: 1500 })], INDICATORS)
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ code: 'jump', severity: 'warning', explained: false })
    expect(issues[0]?.message).toContain('+60%')
    expect(unexplainedWarnings(issues)).toHaveLength(1)
    const explained = checkReport(
      [v('new_members', 2400, { previousActual: 1500, note: 'Hai KCN mới' })],
      INDICATORS,
    )
    expect(unexplainedWarnings(explained)).toHaveLength(0)
  })
  it('asks for a note below 90% of target', () => {
    const issues = checkReport([v('new_members', 800, { target: 1000 })], INDICATORS)
    expect(issues[0]).toMatchObject({ code: 'below_target' })
    expect(issues[0]?.message).toContain('80%')
    expect(checkReport([v('new_members', 900, { target: 1000 })], INDICATORS)).toHaveLength(0)
  })
  it('asks for a note when a figure with a target is left blank', () => {
    const issues = checkReport([v('new_members', null, { target: 1330 })], INDICATORS)
    expect(issues[0]).toMatchObject({ code: 'missing', severity: 'warning', explained: false })
    expect(issues[0]?.message).toContain('1.330')
    expect(checkReport([v('members_total', null)], INDICATORS)).toHaveLength(0)
  })
  it('refuses more members than workers', () => {
    const issues = checkReport([v('members_total', 25_000), v('workers_total', 23_736)], INDICATORS)
    expect(hasErrors(issues)).toBe(true)
    expect(issues[0]?.message).toBe('Số đoàn viên không thể lớn hơn tổng số CNVCLĐ.')
  })
  it('refuses counts beyond the sane bound', () => {
    const issues = checkReport(
      [v('new_members', 20_000_000, { previousActual: 2000, target: 2000 })],
      INDICATORS,
    )
    expect(hasErrors(issues)).toBe(true)
    expect(issues.map((i) => i.code)).toEqual(['too_large'])
  })
})
