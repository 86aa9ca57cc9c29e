// The target grid: a column pasted from a spreadsheet, last year's targets with an uplift, the sum
// against the city's own target, and the body a save sends.
import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { indicators } from '../../../test/fixtures.ts'
import { renderWithProviders } from '../../../test/render.tsx'
import { stubFetch, targets } from '../../../test/write-fixtures.ts'
import { TargetsEditor } from './targets-editor.tsx'

const cell = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name })
const BA_DINH = 'Ba Đình — Đoàn viên kết nạp mới'
const HBT = 'Hai Bà Trưng — Đoàn viên kết nạp mới'

afterEach(() => vi.unstubAllGlobals())

describe('targets editor', () => {
  it('fills a column down from the cell a spreadsheet column is pasted into', () => {
    renderWithProviders(<TargetsEditor targets={targets()} indicators={indicators} />)
    fireEvent.paste(cell(BA_DINH), { clipboardData: { getData: () => '1.330\r\n2500\r\n' } })
    expect(cell(BA_DINH).value).toBe('1.330')
    expect(cell(HBT).value).toBe('2.500')
    expect(cell('Chỉ tiêu thành phố — Đoàn viên kết nạp mới').value).toBe('4.000')
    expect(screen.getByText('3.830')).toBeTruthy()
    expect(screen.getByText('▼ Thiếu 170 so với chỉ tiêu thành phố')).toBeTruthy()
    expect(screen.getByText('Đã dán 2 ô, bắt đầu từ Ba Đình.')).toBeTruthy()
  })

  it('stops a pasted column at the last district instead of overwriting the city target', () => {
    renderWithProviders(<TargetsEditor targets={targets()} indicators={indicators} />)
    fireEvent.paste(cell(BA_DINH), { clipboardData: { getData: () => '100\n200\n300' } })
    expect(cell(HBT).value).toBe('200')
    expect(cell('Chỉ tiêu thành phố — Đoàn viên kết nạp mới').value).toBe('4.000')
    expect(screen.getByText('Đã dán 2 ô, bắt đầu từ Ba Đình (bỏ qua 1 ô thừa hoặc đã khóa).')).toBeTruthy()
  })

  it('marks a pasted value it cannot read instead of dropping it', () => {
    renderWithProviders(<TargetsEditor targets={targets()} indicators={indicators} />)
    fireEvent.paste(cell(BA_DINH), { clipboardData: { getData: () => '1,5\nabc' } })
    expect(cell(HBT).value).toBe('abc')
    expect(cell(HBT).getAttribute('aria-invalid')).toBe('true')
    expect(
      screen.getByRole('link', {
        name: 'Hai Bà Trưng — Đoàn viên kết nạp mới: Không đọc được "abc" thành số.',
      }),
    ).toBeTruthy()
  })

  it('copies last year with +5%, rounded, flags over-allocation and saves with the versions read', async () => {
    const { fetchStub, calls } = stubFetch(() => [200, targets({ cells: [] })])
    vi.stubGlobal('fetch', fetchStub)
    const user = userEvent.setup()
    renderWithProviders(<TargetsEditor targets={targets()} indicators={indicators} />)
    await user.click(screen.getByRole('button', { name: 'Sao chép chỉ tiêu năm trước' }))
    expect(cell(BA_DINH).value).toBe('2.625')
    expect(cell(HBT).value).toBe('1.397') // 1.330 × 1,05 = 1.396,5
    expect(screen.getByText('▲ Vượt 22 so với chỉ tiêu thành phố')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Lưu chỉ tiêu' }))
    await screen.findByText(/Đã lưu 2 chỉ tiêu/)
    expect(calls[0]?.body).toEqual({
      versions: { '001': 1, '007': 4 },
      values: [
        { unit: '001', indicator: 'new_members', target: 2625 },
        { unit: '007', indicator: 'new_members', target: 1397 },
      ],
    })
  })
})
