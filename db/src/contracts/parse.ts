// Reading numbers typed the Vietnamese way (domain.md §6): "2.352", "2352", "1 tỷ 250,3 triệu",
// "535,8 triệu đồng", "1,5 tỉ". Shared by the entry form and the tests; the API itself takes JSON numbers.
import type { UnitKind } from './enums.ts'

export type ParseResult = { ok: true; value: number | null } | { ok: false; message: string }

const SCALES: Record<string, number> = {
  tỷ: 1e9,
  tỉ: 1e9,
  triệu: 1e6,
  tr: 1e6,
  nghìn: 1e3,
  ngàn: 1e3,
}
const CURRENCY = /\s*(đồng|đ|vnđ|vnd)\.?\s*$/i

/** "2.352" → 2352; "1.250,5" → 1250.5; a dot before exactly 3 digits groups thousands. */
function parsePlain(text: string): number | null {
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(text)) return null
  return Number(text.replace(/\./g, '').replace(',', '.'))
}

/**
 * "2,352" or "1,250,300": commas grouping thousands the English way. In Vietnamese the comma is the
 * decimal mark, so this reads as 2,352 (two and a bit), never what the typist meant: say why.
 */
function englishGrouping(text: string): string | null {
  if (!/^\d{1,3}(,\d{3})+$/.test(text)) return null
  return `dấu phẩy là phần thập phân; viết ${text.replace(/,/g, '.')}`
}

/** Whole units from a typed string; empty means "no value". Counts and money must be whole. */
export function parseVietnameseNumber(raw: string, kind: UnitKind = 'count'): ParseResult {
  const text = raw.normalize('NFC').trim().toLowerCase().replace(CURRENCY, '').replace(/\s+/g, ' ')
  if (text === '') return { ok: true, value: null }
  if (text.startsWith('-') || text.startsWith('−')) return { ok: false, message: 'Không được là số âm.' }
  const grouped = englishGrouping(text)
  // "1,250,300" does not even parse as a decimal; it gets the same explanation as "2,352".
  if (grouped && (text.match(/,/g) ?? []).length > 1)
    return { ok: false, message: `Không đọc được "${raw.trim()}": ${grouped}.` }
  const parts = text.split(' ')
  let total = 0
  let plain: number | null = null
  let lastScale = Infinity
  for (let i = 0; i < parts.length; i += 1) {
    const n = parsePlain(parts[i] ?? '')
    if (n === null) return { ok: false, message: `Không đọc được "${raw.trim()}" thành số.` }
    const scaleWord = parts[i + 1]
    const scale = scaleWord === undefined ? undefined : SCALES[scaleWord]
    if (scale === undefined) {
      if (i !== parts.length - 1) return { ok: false, message: `Không đọc được "${raw.trim()}" thành số.` }
      plain = n
      break
    }
    if (scale >= lastScale) return { ok: false, message: 'Thứ tự đơn vị không hợp lệ (tỷ, triệu, nghìn).' }
    if (kind === 'count' && scale >= 1e9) return { ok: false, message: 'Số lượng không dùng đơn vị tỷ.' }
    total += n * scale
    lastScale = scale
    i += 1
  }
  if (plain !== null && lastScale !== Infinity) {
    // "1 tỷ 250" is ambiguous: the trailing number has no unit.
    return { ok: false, message: 'Thiếu đơn vị sau số cuối (tỷ, triệu, nghìn).' }
  }
  const value = Math.round((plain ?? 0) + total)
  if (Math.abs((plain ?? 0) + total - value) > 1e-6) {
    const why = parts.length === 1 ? englishGrouping(text) : null
    if (why) return { ok: false, message: `Không đọc được "${raw.trim()}": ${why}.` }
    return {
      ok: false,
      message: kind === 'money' ? 'Tiền tính bằng đồng, không có phần lẻ.' : 'Phải là số nguyên.',
    }
  }
  return { ok: true, value }
}
