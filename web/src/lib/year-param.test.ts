import { describe, expect, it } from 'vitest'
import { parseYearParam } from './year-param.ts'

describe('parseYearParam', () => {
  it('accepts a year and treats an absent one as "use the latest"', () => {
    expect(parseYearParam('2021')).toEqual({ kind: 'valid', year: 2021 })
    expect(parseYearParam(null)).toEqual({ kind: 'missing' })
  })

  it('explains a malformed year in Vietnamese', () => {
    expect(parseYearParam('abc')).toEqual({ kind: 'invalid', message: 'Năm phải là một số, ví dụ 2021.' })
    expect(parseYearParam('1999')).toEqual({ kind: 'invalid', message: 'Năm phải từ 2000 trở đi.' })
  })
})
