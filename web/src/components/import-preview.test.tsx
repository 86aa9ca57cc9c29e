// The preview of an import as a person reads it before confirming: counts, errors by sheet and cell,
// warnings, each changed cell old → new in Vietnamese formats, a link to its report.
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ImportPreview } from '@ldld/db/contracts'
import { indicators, newMembers, welfare } from '../test/fixtures.ts'
import { renderWithProviders } from '../test/render.tsx'
import { ChangedReports, ImportPreviewView } from './import-preview.tsx'

const base: ImportPreview = {
  id: 'a'.repeat(24),
  fileName: 'bao-cao-2026.xlsx',
  layout: 'template',
  read: 36,
  changes: [],
  unchanged: 34,
  errors: [],
  warnings: [],
  reports: [],
  mapping: null,
  mappingConfirmed: true,
  expiresAt: '2026-12-01T10:00:00.000Z',
}

const change = {
  unit: '00256',
  unitName: 'Công đoàn phường Hai Bà Trưng',
  year: 2026,
  oldIllustrative: false,
  sheet: 'Số liệu 2026',
  quote: null,
} as const

describe('ImportPreviewView', () => {
  it('lists each change old → new with units and qualifiers, where it is in the file, and links its report', () => {
    renderWithProviders(
      <ImportPreviewView
        indicators={indicators}
        preview={{
          ...base,
          changes: [
            {
              ...change,
              indicator: newMembers.key,
              field: 'actual',
              old: 384,
              new: 2352,
              oldQualifier: 'exact',
              newQualifier: 'at_least',
              cell: 'H7',
              oldIllustrative: true,
            },
            {
              ...change,
              indicator: welfare.key,
              field: 'actual',
              old: null,
              new: 1_250_300_000,
              oldQualifier: 'exact',
              newQualifier: 'exact',
              cell: 'H12',
            },
            {
              ...change,
              indicator: newMembers.key,
              field: 'note',
              old: null,
              new: 'Ghi chú mới',
              oldQualifier: null,
              newQualifier: null,
              cell: 'I7',
            },
          ],
          reports: [
            { unit: '00256', unitName: change.unitName, year: 2026, version: 1, status: 'draft', changes: 3 },
          ],
        }}
      />,
    )
    expect(screen.getByRole('status')?.textContent).toContain(
      '3 ô sẽ thay đổi trong 1 báo cáo; 34 giá trị giống số đã lưu.',
    )
    const rows = within(screen.getByRole('table', { name: 'Các ô sẽ thay đổi' }))
      .getAllByRole('row')
      .slice(1)
    expect(rows[0]?.textContent).toContain('384 đoàn viên (minh họa)')
    expect(rows[0]?.textContent).toContain('hơn 2.352 đoàn viên')
    expect(rows[0]?.textContent).toContain('trang Số liệu 2026, ô H7')
    expect(rows[1]?.textContent).toContain('(trống)')
    expect(rows[1]?.textContent).toContain('1 tỷ 250,3 triệu đồng')
    expect(rows[2]?.textContent).toContain('Ghi chú mới')
    expect(
      within(rows[0] as HTMLElement)
        .getByRole('link', { name: change.unitName })
        .getAttribute('href'),
    ).toBe('/entry/00256/2026')
  })

  it('errors and warnings name the sheet and cell; no change says so', () => {
    renderWithProviders(
      <ImportPreviewView
        indicators={indicators}
        preview={{
          ...base,
          errors: [
            {
              sheet: 'Nhập',
              cell: 'D3',
              message: 'Không đọc được "2,352": dấu phẩy là phần thập phân; viết 2.352.',
            },
          ],
          warnings: [{ sheet: null, cell: null, message: 'Bỏ qua 1 dòng dữ liệu minh họa.' }],
        }}
      />,
    )
    expect(screen.getByRole('status')?.textContent).toContain(
      'Không có ô nào thay đổi (34 giá trị giống số đã lưu). Còn 1 lỗi phải sửa trước khi lưu.',
    )
    expect(screen.getByRole('region', { name: 'Lỗi cần sửa trong tệp' })?.textContent).toContain(
      'trang Nhập, ô D3: Không đọc được "2,352": dấu phẩy là phần thập phân; viết 2.352.',
    )
    expect(screen.getByRole('region', { name: 'Cần lưu ý' })?.textContent).toContain(
      'Bỏ qua 1 dòng dữ liệu minh họa.',
    )
    expect(screen.queryByRole('table')).toBeNull()
  })
})

describe('ChangedReports', () => {
  it('one link per report, however many cells', () => {
    renderWithProviders(
      <ChangedReports
        reports={[
          { unit: '00256', unitName: change.unitName, year: 2026 },
          { unit: '00256', unitName: change.unitName, year: 2026 },
        ]}
      />,
    )
    expect(screen.getAllByRole('link')).toHaveLength(1)
    expect(screen.getByRole('link')?.textContent).toContain('Báo cáo Công đoàn phường Hai Bà Trưng, năm 2026')
  })
})
