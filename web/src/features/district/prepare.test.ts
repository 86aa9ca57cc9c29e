import { describe, expect, it } from 'vitest'
import type { Organisation, Series } from '@ldld/db/contracts'
import { haiBaTrung, hbtNewMembers } from '../../test/fixtures.ts'
import { missingFiguresText } from './prepare.ts'

const union: Organisation = {
  code: '00256',
  name: 'Hai Bà Trưng',
  fullName: 'Công đoàn phường Hai Bà Trưng',
  kind: 'ward',
  adminType: null,
  parentCode: '01',
  validFrom: '2025-10-01',
  validTo: null,
}

function series(over: Partial<Series>): Series {
  return {
    unit: union,
    basis: 'latest',
    years: [],
    yearReports: [],
    cells: [],
    levelTotals: [],
    break: null,
    predecessors: [],
    successors: [],
    sources: [],
    ...over,
  }
}

describe('missingFiguresText', () => {
  it('names the unit and says no year has figures yet, or none accepted', () => {
    expect(missingFiguresText(series({}))).toBe(
      'Công đoàn phường Hai Bà Trưng chưa có số liệu năm nào: đơn vị chưa gửi báo cáo và chưa có số liệu nhập từ tệp.',
    )
    expect(missingFiguresText(series({ basis: 'accepted' }))).toBe(
      'Công đoàn phường Hai Bà Trưng chưa có số liệu đã duyệt năm nào: chưa có báo cáo nào của đơn vị được duyệt.',
    )
  })

  it('tells a year before the unit began, after it ended, and a year it has not reported apart', () => {
    expect(missingFiguresText(series({}), 2021)).toBe(
      'Năm 2021 Công đoàn phường Hai Bà Trưng chưa thành lập (hoạt động từ 1/10/2025), nên không có số liệu.',
    )
    expect(missingFiguresText(series({}), 2026)).toBe(
      'Chưa có số liệu năm 2026 của Công đoàn phường Hai Bà Trưng: đơn vị chưa gửi báo cáo năm 2026 và chưa có số liệu nhập từ tệp.',
    )
    const district = series({ unit: haiBaTrung, years: [2021], cells: [hbtNewMembers] })
    expect(missingFiguresText(district, 2026)).toBe(
      'Năm 2026 LĐLĐ quận Hai Bà Trưng đã thôi hoạt động (hoạt động 1/4/2014–30/6/2025), nên không có số liệu.',
    )
  })

  it('is null when the year, or any year, has figures', () => {
    const district = series({ unit: haiBaTrung, years: [2021], cells: [hbtNewMembers] })
    expect(missingFiguresText(district)).toBeNull()
    expect(missingFiguresText(district, 2021)).toBeNull()
  })
})
