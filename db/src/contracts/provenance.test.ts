// applyEdit, case by case: every kind of old cell × every kind of edit, and what history records.
import { describe, expect, it } from 'vitest'
import { QUALIFIERS } from './enums.ts'
import {
  applyEdit,
  EMPTY_CELL,
  joinQuoteParts,
  originText,
  quoteParts,
  quoteText,
  targetNote,
  type CellEdit,
  type EditOrigin,
  type ProvenanceCell,
} from './provenance.ts'

const FORM: EditOrigin = { kind: 'form' }
const FILE: EditOrigin = { kind: 'file', file: 'bao-cao-2026.xlsx', sheet: 'Tổng hợp', cell: 'D7' }
const TEXT: EditOrigin = { kind: 'text', quote: 'phát triển 2.352/1.330 đoàn viên', period: 'part_year' }

/** Hai Bà Trưng 2021 as the article states it (domain.md §5). */
const SOURCED: ProvenanceCell = {
  ...EMPTY_CELL,
  actual: 2352,
  target: 1330,
  statedPercent: 177,
  sourceId: 1,
  quote: 'phát triển 2.352/1.330 đoàn viên công đoàn (đạt 177% chỉ tiêu giao)',
}
/** Hoàng Mai 2024: a bound and a target derived from "đạt 145%". */
const BOUNDED: ProvenanceCell = {
  ...EMPTY_CELL,
  actual: 11_786_100_000,
  actualQualifier: 'at_least',
  target: 20,
  targetDerived: true,
  statedPercent: 145,
  sourceId: 1,
  quote: 'hơn 10 tỷ đồng',
}
const DEMO: ProvenanceCell = {
  ...EMPTY_CELL,
  actual: 2536,
  target: 2150,
  note: 'Số minh họa',
  illustrative: true,
  targetIllustrative: true,
  sourceId: 9,
}

const edit = (over: Partial<CellEdit>): CellEdit => ({ origin: FORM, ...over })

describe('applyEdit — a new actual', () => {
  it('typed in the form: exact, real, no source or quote; target and note kept', () => {
    const { cell, changes } = applyEdit(SOURCED, edit({ actual: 2400 }))
    expect(cell).toEqual({
      ...SOURCED,
      actual: 2400,
      actualQualifier: 'exact',
      statedPercent: null,
      sourceId: null,
      quote: null,
    })
    expect(changes).toEqual([
      { field: 'actual', old: 2352, new: 2400, oldQualifier: 'exact', newQualifier: 'exact', origin: FORM },
    ])
  })

  it.each(QUALIFIERS)('carries the qualifier "%s" when the edit states it', (q) => {
    const { cell, changes } = applyEdit(SOURCED, edit({ actual: 2400, actualQualifier: q }))
    expect(cell.actualQualifier).toBe(q)
    expect(changes[0]?.newQualifier).toBe(q)
  })

  it('a different number with no qualifier on a bound becomes exact (today’s behaviour)', () => {
    expect(applyEdit(BOUNDED, edit({ actual: 12_000_000_000 })).cell.actualQualifier).toBe('exact')
  })

  it('the same number re-sent without a qualifier changes nothing, bound kept', () => {
    expect(applyEdit(BOUNDED, edit({ actual: 11_786_100_000 }))).toEqual({ cell: BOUNDED, changes: [] })
  })

  it('a qualifier alone is a change of the actual, and makes it the editor’s statement', () => {
    const { cell, changes } = applyEdit(SOURCED, edit({ actualQualifier: 'about' }))
    expect(cell).toMatchObject({ actual: 2352, actualQualifier: 'about', sourceId: null, quote: null })
    expect(changes).toEqual([
      { field: 'actual', old: 2352, new: 2352, oldQualifier: 'exact', newQualifier: 'about', origin: FORM },
    ])
  })

  it('on an illustrative row: the actual turns real, the target stays illustrative', () => {
    const { cell } = applyEdit(DEMO, edit({ actual: 2700 }))
    expect(cell).toMatchObject({
      actual: 2700,
      illustrative: false,
      targetIllustrative: true,
      sourceId: null,
    })
  })

  it('cleared to null: no value, no qualifier, not illustrative', () => {
    const { cell, changes } = applyEdit(BOUNDED, edit({ actual: null }))
    expect(cell).toMatchObject({ actual: null, actualQualifier: 'exact', illustrative: false })
    expect(changes[0]).toMatchObject({ old: 11_786_100_000, new: null, newQualifier: 'exact' })
  })

  it('from a spreadsheet: real, no quote, the file recorded as the origin', () => {
    const { cell, changes } = applyEdit(DEMO, edit({ actual: 2701, origin: FILE }))
    expect(cell).toMatchObject({ illustrative: false, quote: null, sourceId: null })
    expect(changes[0]?.origin).toEqual(FILE)
  })

  it('from report text: keeps the quote, its period and the stated percentage given', () => {
    const { cell } = applyEdit(
      null,
      edit({ actual: 2352, target: 1330, statedPercent: 177, actualQualifier: 'exact', origin: TEXT }),
    )
    expect(cell).toEqual({
      ...EMPTY_CELL,
      actual: 2352,
      target: 1330,
      statedPercent: 177,
      quote: TEXT.kind === 'text' ? TEXT.quote : '',
      period: 'part_year',
    })
    const timed = applyEdit(null, edit({ actual: 5, origin: { ...TEXT, timing: '9 tháng đầu năm' } }))
    expect(timed.cell).toMatchObject({ period: 'part_year', timing: '9 tháng đầu năm' })
    // A number typed over it is the unit's figure for the year: the text's period goes with its quote.
    const typed = applyEdit(timed.cell, edit({ actual: 6 }))
    expect(typed.cell).toMatchObject({ actual: 6, quote: null, period: 'year', timing: null })
  })
})

describe('applyEdit — a new target', () => {
  it('is stated and real; the actual’s provenance and the row’s flag are kept', () => {
    const { cell, changes } = applyEdit(DEMO, edit({ target: 2500 }))
    expect(cell).toEqual({ ...DEMO, target: 2500, targetIllustrative: false })
    expect(changes).toEqual([
      { field: 'target', old: 2150, new: 2500, oldQualifier: null, newQualifier: null, origin: FORM },
    ])
  })

  it('replaces a derived target and clears the stated percentage', () => {
    const { cell } = applyEdit(BOUNDED, edit({ target: 25 }))
    expect(cell).toMatchObject({
      target: 25,
      targetDerived: false,
      statedPercent: null,
      quote: BOUNDED.quote,
    })
    expect(cell.actualQualifier).toBe('at_least')
  })

  it('derived from text when the edit says so', () => {
    const { cell } = applyEdit(null, edit({ actual: 29, target: 20, targetDerived: true, origin: TEXT }))
    expect(cell.targetDerived).toBe(true)
  })

  it('a cleared target is not derived', () => {
    expect(applyEdit(BOUNDED, edit({ target: null, targetDerived: true })).cell.targetDerived).toBe(false)
  })
})

describe('applyEdit — a note', () => {
  it('alone keeps every mark: an invented figure with a note is still invented', () => {
    const { cell, changes } = applyEdit(DEMO, edit({ note: 'Đã rà soát' }))
    expect(cell).toEqual({ ...DEMO, note: 'Đã rà soát' })
    expect(changes).toEqual([
      {
        field: 'note',
        old: 'Số minh họa',
        new: 'Đã rà soát',
        oldQualifier: null,
        newQualifier: null,
        origin: FORM,
      },
    ])
  })

  it('alone keeps a source, quote and stated percentage', () => {
    expect(applyEdit(SOURCED, edit({ note: 'Theo báo cáo tổng kết' })).cell).toEqual({
      ...SOURCED,
      note: 'Theo báo cáo tổng kết',
    })
  })

  it('empty is no note', () => {
    expect(applyEdit(DEMO, edit({ note: '' })).cell.note).toBeNull()
    expect(applyEdit({ ...DEMO, note: null }, edit({ note: '' })).changes).toEqual([])
  })
})

describe('applyEdit — confirming an illustrative value', () => {
  it('makes it real without changing the number; history records a confirmation', () => {
    const { cell, changes } = applyEdit(DEMO, edit({ confirm: true }))
    expect(cell).toEqual({ ...DEMO, illustrative: false, sourceId: null })
    expect(changes).toEqual([
      {
        field: 'actual',
        old: 2536,
        new: 2536,
        oldQualifier: 'exact',
        newQualifier: 'exact',
        origin: { kind: 'confirm' },
      },
    ])
  })

  it('does nothing on a real value or an empty one', () => {
    expect(applyEdit(SOURCED, edit({ confirm: true }))).toEqual({ cell: SOURCED, changes: [] })
    expect(applyEdit({ ...DEMO, actual: null }, edit({ confirm: true })).changes).toEqual([])
    expect(applyEdit(null, edit({ confirm: true })).changes).toEqual([])
  })

  it('beside a new number: the number is the change, recorded once', () => {
    const { changes } = applyEdit(DEMO, edit({ confirm: true, actual: 2600 }))
    expect(changes.map((c) => [c.field, c.origin.kind])).toEqual([['actual', 'form']])
  })
})

describe('applyEdit — several fields and no change', () => {
  it('actual, target and note at once: three changes in that order', () => {
    const { changes } = applyEdit(DEMO, edit({ actual: 1, target: 2, note: 'x' }))
    expect(changes.map((c) => c.field)).toEqual(['actual', 'target', 'note'])
  })

  it('an empty edit or one restating everything changes nothing', () => {
    expect(applyEdit(DEMO, edit({}))).toEqual({ cell: DEMO, changes: [] })
    expect(applyEdit(DEMO, edit({ actual: 2536, target: 2150, note: 'Số minh họa' }))).toEqual({
      cell: DEMO,
      changes: [],
    })
  })

  it('a new cell starts empty, exact and real', () => {
    expect(applyEdit(null, edit({ actual: 5 })).cell).toEqual({ ...EMPTY_CELL, actual: 5 })
  })

  it('never mutates the old cell', () => {
    const copy = structuredClone(DEMO)
    applyEdit(DEMO, edit({ actual: 1, target: 2, note: 'x', confirm: true }))
    expect(DEMO).toEqual(copy)
  })
})

describe('originText', () => {
  it('words each origin as history shows it', () => {
    expect(originText(FORM)).toBe('nhập trên biểu mẫu')
    expect(originText({ kind: 'confirm' })).toBe('xác nhận số liệu minh họa là số liệu thật')
    expect(originText({ kind: 'file', file: 'bao-cao-2026.xlsx', sheet: null, cell: 'D7' })).toBe(
      'nhập từ tệp bao-cao-2026.xlsx, ô D7',
    )
    expect(originText(FILE)).toBe('nhập từ tệp bao-cao-2026.xlsx, trang Tổng hợp, ô D7')
    expect(originText(TEXT)).toBe('đọc từ văn bản báo cáo (một phần năm): “phát triển 2.352/1.330 đoàn viên”')
  })
})

describe('quotes of several passages (issue 11 item 7)', () => {
  it('splits a stored quote into its passages and shows each in its own quotation marks', () => {
    const stored = joinQuoteParts([
      'hỗ trợ cho 2.703 lượt NLĐ',
      'con đoàn viên có hoàn cảnh khó khăn… với số tiền',
    ])
    expect(stored).toBe('hỗ trợ cho 2.703 lượt NLĐ … con đoàn viên có hoàn cảnh khó khăn… với số tiền')
    expect(quoteParts(stored)).toEqual([
      'hỗ trợ cho 2.703 lượt NLĐ',
      'con đoàn viên có hoàn cảnh khó khăn… với số tiền',
    ])
    expect(quoteText(stored)).toBe(
      '“hỗ trợ cho 2.703 lượt NLĐ” · “con đoàn viên có hoàn cảnh khó khăn… với số tiền”',
    )
    expect(quoteText('ký kết 51 Thỏa ước Lao động tập thể')).toBe('“ký kết 51 Thỏa ước Lao động tập thể”')
    expect(quoteText(null)).toBeNull()
    expect(quoteParts('')).toEqual([])
  })
})

describe('a target worked back from a stated % (issue 11 item 5)', () => {
  it('says so in the words every view prints', () => {
    expect(targetNote({ targetDerived: true, statedPercent: 145, target: 20 })).toBe('suy ra từ 145%')
    expect(targetNote({ targetDerived: true, statedPercent: 91.66, target: 12 })).toBe('suy ra từ 91,66%')
    expect(targetNote({ targetDerived: false, statedPercent: 177, target: 1330 })).toBeNull()
    expect(targetNote({ targetDerived: true, statedPercent: 145, target: null })).toBeNull()
  })
})
