// The new-indicator form: every field labelled and named, what to fix linked from the summary, and
// the body the API receives.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '../../../test/render.tsx'
import { stubFetch } from '../../../test/write-fixtures.ts'
import { IndicatorForm } from './indicator-form.tsx'

afterEach(() => vi.unstubAllGlobals())

describe('IndicatorForm', () => {
  it('links what to fix from the summary to the field, marked invalid', async () => {
    const user = userEvent.setup()
    renderWithProviders(<IndicatorForm defaultYear={2024} />)
    await user.type(screen.getByLabelText('Mã chỉ tiêu'), 'Có dấu')
    await user.click(screen.getByRole('button', { name: 'Thêm chỉ tiêu' }))
    const link = screen.getAllByRole('link').find((a) => a.textContent?.startsWith('Mã chỉ tiêu: '))
    expect(link?.getAttribute('href')).toBe('#indicator-key')
    const key = screen.getByLabelText('Mã chỉ tiêu')
    expect(key.id).toBe('indicator-key')
    expect(key.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByLabelText('Áp dụng từ năm').getAttribute('aria-invalid')).toBeNull()
  })

  it('sends each labelled field under its own name', async () => {
    const { fetchStub, calls } = stubFetch(() => [201, {}])
    vi.stubGlobal('fetch', fetchStub)
    const user = userEvent.setup()
    renderWithProviders(<IndicatorForm defaultYear={2024} />)
    await user.type(screen.getByLabelText('Mã chỉ tiêu'), 'new_clubs')
    await user.type(screen.getByLabelText('Tên đầy đủ'), 'Câu lạc bộ thành lập mới')
    await user.type(screen.getByLabelText('Tên ngắn'), 'CLB mới')
    await user.type(screen.getByLabelText('Tên tiếng Anh'), 'New clubs')
    await user.selectOptions(screen.getByLabelText('Loại số'), 'count')
    await user.type(screen.getByLabelText('Đơn vị tính'), 'câu lạc bộ')
    await user.selectOptions(screen.getByLabelText('Cách tính'), 'stock')
    await user.click(screen.getByRole('button', { name: 'Thêm chỉ tiêu' }))
    expect(await screen.findByText('Đã thêm chỉ tiêu “CLB mới” từ năm 2024.')).toBeTruthy()
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      key: 'new_clubs',
      nameVi: 'Câu lạc bộ thành lập mới',
      shortNameVi: 'CLB mới',
      nameEn: 'New clubs',
      unitKind: 'count',
      unitLabel: 'câu lạc bộ',
      measure: 'stock',
      firstYear: 2024,
    })
  })
})
