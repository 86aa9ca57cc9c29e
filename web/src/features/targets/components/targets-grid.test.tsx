// Issue 8: the grid on the new units: labels that tell two units of one name apart, 2025 grouped by
// period (the unions take no 2025 targets), find and order, and a whole column pasted with a preview.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Organisation, Targets } from '@ldld/db/contracts'
import { baDinh, haiBaTrung, indicators } from '../../../test/fixtures.ts'
import { renderWithProviders } from '../../../test/render.tsx'
import { targets } from '../../../test/write-fixtures.ts'
import { TargetsEditor } from './targets-editor.tsx'

const ward = (code: string, name: string): Organisation => ({
  code,
  name,
  fullName: `Công đoàn phường ${name}`,
  kind: 'ward',
  adminType: 'phuong',
  parentCode: '01',
  validFrom: '2025-10-01',
  validTo: null,
})
const WARDS = [
  ward('00004', 'Ba Đình'),
  ward('00256', 'Hai Bà Trưng'),
  ward('00008', 'Ngọc Hà'),
  ward('00025', 'Giảng Võ'),
]
const cellsOf = (units: Organisation[], target: number | null) =>
  units.map((u) => ({
    unit: u.code,
    indicator: 'new_members',
    target,
    illustrative: false,
    previousTarget: null,
  }))

function split2025(): Targets {
  const units = [baDinh, haiBaTrung, ...WARDS.slice(0, 2)]
  return targets({
    year: 2025,
    units,
    reports: Object.fromEntries(
      [...units.map((u) => u.code), '01'].map((c) => [c, { version: 0, status: 'draft', started: false }]),
    ),
    cells: cellsOf(units, null),
  })
}

function year2026(): Targets {
  return targets({
    year: 2026,
    units: WARDS,
    reports: {
      '00004': { version: 3, status: 'draft', started: true },
      '00256': { version: 2, status: 'accepted', started: true },
      '00008': { version: 1, status: 'draft', started: false },
      '00025': { version: 1, status: 'submitted', started: true },
      '01': { version: 0, status: 'draft', started: false },
    },
    cells: cellsOf(WARDS, 100),
  })
}

const box = (name: string) =>
  screen.queryByRole<HTMLInputElement>('textbox', { name: `${name} — Đoàn viên kết nạp mới` })

describe('target grid on the new units', () => {
  it('2025: districts then unions, by period; a shared name says its kind; the unions take no targets', () => {
    renderWithProviders(<TargetsEditor targets={split2025()} indicators={indicators} />)
    expect(screen.getByRole('rowheader', { name: '1/1–30/6/2025 · 2 LĐLĐ quận, huyện, thị xã' })).toBeTruthy()
    const unions = screen.getByRole('rowheader', {
      name: /^1\/10–31\/12\/2025 · 2 công đoàn xã, phường — hoạt động từ 1\/10\/2025, không giao chỉ tiêu năm 2025/,
    })
    expect(unions).toBeTruthy()
    expect(box('Ba Đình (quận)')).toBeTruthy()
    expect(box('Hai Bà Trưng (quận)')).toBeTruthy()
    expect(box('Ba Đình (phường)')).toBeNull()
    const wardRow = screen.getByRole('row', { name: /^Ba Đình \(phường\)/ })
    expect(within(wardRow).getByText('Không giao chỉ tiêu năm 2025')).toBeTruthy()
  })

  it('finds a unit by name without diacritics or by code, filters by stage, sorts by name', async () => {
    const user = userEvent.setup()
    renderWithProviders(<TargetsEditor targets={year2026()} indicators={indicators} />)
    expect(screen.getByText('Đang hiện 4/4 đơn vị')).toBeTruthy()
    await user.type(screen.getByLabelText('Tìm đơn vị (tên hoặc mã)'), 'hai ba')
    expect(screen.getByText('Đang hiện 1/4 đơn vị')).toBeTruthy()
    expect(box('Hai Bà Trưng')).toBeTruthy()
    await user.clear(screen.getByLabelText('Tìm đơn vị (tên hoặc mã)'))
    await user.type(screen.getByLabelText('Tìm đơn vị (tên hoặc mã)'), '00025')
    expect(box('Giảng Võ')).toBeTruthy()
    expect(box('Ngọc Hà')).toBeNull()
    await user.clear(screen.getByLabelText('Tìm đơn vị (tên hoặc mã)'))
    await user.selectOptions(screen.getByLabelText('Tình trạng báo cáo'), 'Chưa bắt đầu (1)')
    expect(screen.getByText('Đang hiện 1/4 đơn vị')).toBeTruthy()
    expect(box('Ngọc Hà')).toBeTruthy()
    await user.selectOptions(screen.getByLabelText('Tình trạng báo cáo'), 'Tất cả (4)')
    await user.selectOptions(screen.getByLabelText('Sắp xếp'), 'Tên (A → Z)')
    const order = screen.getAllByRole('rowheader').map((h) => h.textContent)
    expect(order.slice(0, 4)).toEqual([
      'Ba Đình00004',
      'Giảng Võ00025',
      'Hai Bà Trưng00256đã duyệt (khóa)',
      'Ngọc Hà00008',
    ])
  })

  it('pastes a whole column in the order shown, previews it, skips the locked unit, then fills the grid', async () => {
    const user = userEvent.setup()
    renderWithProviders(<TargetsEditor targets={year2026()} indicators={indicators} />)
    await user.selectOptions(screen.getByLabelText('Sắp xếp'), 'Tên (A → Z)')
    await user.click(screen.getByRole('button', { name: 'Dán cả cột…' }))
    const dialog = within(screen.getByRole('dialog', { name: 'Dán cả cột từ bảng tính' }))
    await user.click(dialog.getByLabelText('Cột dán từ Excel (mỗi dòng một số)'))
    await user.paste('120\n1.300\n999\nabc\n77\n')
    expect(
      dialog.getByText(
        '5 dòng cho 4 đơn vị: 2 ô sẽ thay đổi, 1 dòng không đọc được, thừa 1 dòng (không dùng).',
      ),
    ).toBeTruthy()
    const line = (name: string) => within(dialog.getByRole('row', { name: new RegExp(name) }))
    expect(line('Ba Đình').getByText('120')).toBeTruthy()
    expect(line('Giảng Võ').getByText('1.300')).toBeTruthy()
    expect(line('Hai Bà Trưng').getByText('đã duyệt (khóa), bỏ qua')).toBeTruthy()
    expect(line('Ngọc Hà').getByText(/^không đọc được/)).toBeTruthy()
    await user.click(dialog.getByRole('button', { name: 'Điền vào bảng' }))
    expect(box('Ba Đình')?.value).toBe('120')
    expect(box('Giảng Võ')?.value).toBe('1.300')
    expect(box('Hai Bà Trưng')?.value).toBe('100')
    expect(box('Ngọc Hà')?.value).toBe('abc')
    expect(box('Ngọc Hà')?.getAttribute('aria-invalid')).toBe('true')
  })
})
