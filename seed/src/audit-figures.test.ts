import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AUDIT_FILE, auditFiguresMarkdown } from './audit-figures.ts'
import { REAL_FIGURES } from './real-figures.ts'
import { repoPath } from './testing.ts'

describe('docs/audit-figures.md', () => {
  const text = auditFiguresMarkdown()

  it('is the file `pnpm audit:figures` writes from the seed today (run it after changing a real figure)', () => {
    expect(readFileSync(repoPath(AUDIT_FILE), 'utf8')).toBe(text)
  })

  it('lists every real figure with its source, quote and what the pages show', () => {
    const rows = text
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Đơn vị') && !l.startsWith('| ---'))
    expect(rows).toHaveLength(REAL_FIGURES.length)
    expect(text).toContain('“Quận Hoàng Mai: Thành lập mới 29 Công đoàn cơ sở” (Báo Lao động Thủ đô)')
    expect(text).toContain('chỉ tiêu 20 (suy ra từ 145%)')
    expect(text).toContain('trạng thái “Nguồn không nêu chỉ tiêu”')
    expect(text).toContain('cuối tháng 11/2016')
    expect(text).toMatch(/“hơn 11 tỷ 786,1 triệu đồng”/)
    // Hai Bà Trưng 2021 recruits against the invented 2020 figure: the change is marked.
    expect(text).toMatch(/2\.352 \(chính xác\).*so với 2020: \+[\d,]+% — đánh dấu “tính từ dữ liệu minh họa”/)
    expect(text).toContain('” · “')
  })
})
