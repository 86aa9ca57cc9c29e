import { describe, expect, it } from 'vitest'
import { controlCharacterIssue, freeTextSchema } from './text-field.ts'

const note = freeTextSchema({ label: 'Ghi chú', max: 30 })
const parsed = (text: string) => {
  const r = note.safeParse(text)
  return r.success ? r.data : `error: ${r.error.issues[0]?.message ?? ''}`
}

describe('free text fields', () => {
  it('keeps ordinary Vietnamese text, tabs and line breaks; trims; NFC', () => {
    expect(parsed('  Đã rà soát\tlại\r\nsố liệu ')).toBe('Đã rà soát\tlại\nsố liệu')
    expect(parsed('Hòa'.normalize('NFD'))).toBe('Hòa'.normalize('NFC'))
  })

  it.each([
    ['NUL', 'Ghi\u0000chú', 'U+0000', 4],
    ['ESC', '\u001b[31mđỏ', 'U+001B', 1],
    ['DEL', 'abc\u007f', 'U+007F', 4],
    ['a C1 control', 'x\u0085', 'U+0085', 2],
    ['a bidi override', 'số \u202e123', 'U+202E', 4],
    ['a lone surrogate', 'a\ud800b', 'U+D800', 2],
  ])('refuses %s, naming the character and where it is', (_name, text, code, position) => {
    expect(parsed(text)).toBe(
      `error: Ghi chú có ký tự điều khiển không in được (${code}, ở vị trí ${position}). Hãy xóa ký tự đó hoặc gõ lại đoạn văn bản.`,
    )
  })

  it('counts characters, not UTF-16 units, against the bound', () => {
    expect(parsed('đ'.repeat(30))).toBe('đ'.repeat(30))
    expect(parsed('x'.repeat(31))).toBe('error: Ghi chú tối đa 30 ký tự.')
  })

  it('reports a clean text as clean', () => {
    expect(controlCharacterIssue('Bình thường', 'Lý do')).toBeNull()
  })
})
