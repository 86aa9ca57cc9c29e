import { describe, expect, it } from 'vitest'
import { cell, hbtNewMembers, newMembers, welfare } from '../test/fixtures.ts'
import { boundedAmountText, describeFigure, figureLines, shortValueText } from './figures.ts'

describe('figure texts', () => {
  it('describes a cell the way a report states it', () => {
    expect(describeFigure('Hai Bà Trưng', newMembers, hbtNewMembers)).toBe(
      'Hai Bà Trưng — Đoàn viên kết nạp mới: 2.352/1.330, đạt 176,8% (Đạt/vượt)',
    )
  })

  it('keeps the bound of a lower-bound figure: "hơn 10 tỷ đồng"', () => {
    const figure = cell({
      unit: '007',
      indicator: 'welfare_spending',
      actual: 10_000_000_000,
      actualQualifier: 'at_least',
      status: 'no_target',
    })
    expect(describeFigure('Hai Bà Trưng', welfare, figure)).toBe(
      'Hai Bà Trưng — Chi chăm lo đoàn viên: hơn 10 tỷ đồng (Không giao chỉ tiêu)',
    )
    expect(shortValueText(10_000_000_000, welfare, 'at_least')).toBe('hơn 10 tỷ')
    expect(figureLines(figure, welfare)).toEqual(['Thực hiện: hơn 10 tỷ đồng', '– Không giao chỉ tiêu'])
  })

  it('shortens a lower bound down and states it in full elsewhere (issue 11 item 3)', () => {
    const figure = cell({
      unit: '007',
      indicator: 'welfare_spending',
      actual: 11_786_100_000,
      actualQualifier: 'at_least',
      status: 'no_target',
    })
    expect(shortValueText(11_786_100_000, welfare, 'at_least')).toBe('hơn 11,78 tỷ')
    expect(boundedAmountText(11_786_100_000, welfare, 'at_least')).toBe('hơn 11 tỷ 786,1 triệu đồng')
    expect(figureLines(figure, welfare)[0]).toBe('Thực hiện: hơn 11 tỷ 786,1 triệu đồng')
    expect(shortValueText(2352, newMembers, 'about')).toBe('khoảng 2.352')
  })

  it('says "Chưa có số liệu" when there is no cell', () => {
    expect(describeFigure('Ba Đình', newMembers, undefined)).toBe(
      'Ba Đình — Đoàn viên kết nạp mới: Chưa có số liệu',
    )
  })
})
