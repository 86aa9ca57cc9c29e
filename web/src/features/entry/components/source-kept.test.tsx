// Issue 11.4: the form keeps what the source said: the bound ("hơn"), a stated percentage, the source
// and its quote, and the "mh" mark on last year's invented figure; an edit says what it will change.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ReportValue } from '@ldld/db/contracts'
import { article2021, indicators } from '../../../test/fixtures.ts'
import { renderWithProviders } from '../../../test/render.tsx'
import { DISTRICT_CAN, report, reportValue, stubFetch } from '../../../test/write-fixtures.ts'
import { EntryForm } from './entry-form.tsx'

const ARTICLE = article2021
const QUOTE = 'hơn 10 tỷ đồng … với tổng số tiền là 535,8 triệu đồng'
const welfare = (over: Partial<ReportValue> = {}) =>
  reportValue({
    indicator: 'welfare_spending',
    unitKind: 'money',
    actual: 11_786_100_000,
    actualQualifier: 'at_least',
    quote: QUOTE,
    source: ARTICLE,
    ...over,
  })

const row = (name: RegExp) => within(screen.getByRole('group', { name }))
const picker = (name: string) =>
  screen.getByRole<HTMLSelectElement>('combobox', { name: `Cách nêu số thực hiện: ${name}` })
const shown = (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent

beforeEach(() => localStorage.clear())
afterEach(() => vi.unstubAllGlobals())

describe('what the source said, in the entry form', () => {
  it('shows "hơn" in the picker and the exact amount, the article and its quote, and what an edit does', async () => {
    const user = userEvent.setup()
    renderWithProviders(<EntryForm report={report({ values: [welfare()] })} indicators={indicators} />)
    const welfareRow = row(/Chi chăm lo/)
    expect(shown(picker('Chi chăm lo đoàn viên'))).toBe('hơn (ít nhất)')
    expect(welfareRow.getByText('= hơn 11.786.100.000 đ')).toBeTruthy()
    expect(welfareRow.getByText('Đã làm tốt, phấn đấu làm tốt hơn')).toBeTruthy()
    expect(welfareRow.getByText(QUOTE)).toBeTruthy()
    expect(welfareRow.getByText('Sửa số này sẽ thay số liệu của bài báo bằng số bạn nhập.')).toBeTruthy()
    // A new number is exact unless the user says otherwise, and the note says what the save will do.
    const field = welfareRow.getByLabelText<HTMLInputElement>('Thực hiện 2021')
    await user.clear(field)
    await user.type(field, '12 tỷ')
    expect(shown(picker('Chi chăm lo đoàn viên'))).toBe('chính xác')
    expect(
      welfareRow.getByText(
        'Khi lưu, số bạn nhập sẽ thay số liệu của bài báo; bài báo và số cũ vẫn còn trong lịch sử.',
      ),
    ).toBeTruthy()
  })

  it('saves "khoảng" alone on the same number, and "hơn" with a new number', async () => {
    const { fetchStub, calls } = stubFetch(() => [200, report({ values: [welfare()] })])
    vi.stubGlobal('fetch', fetchStub)
    const user = userEvent.setup()
    renderWithProviders(<EntryForm report={report({ values: [welfare()] })} indicators={indicators} />)
    await user.selectOptions(picker('Chi chăm lo đoàn viên'), 'khoảng')
    expect(screen.getByText('● Có thay đổi chưa lưu')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }))
    await screen.findByText(/Đã lưu nháp lúc/)
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      version: 3,
      values: [{ indicator: 'welfare_spending', actualQualifier: 'about' }],
    })
  })

  it('a new number with "hơn" picked is sent with its qualifier', async () => {
    const { fetchStub, calls } = stubFetch(() => [200, report()])
    vi.stubGlobal('fetch', fetchStub)
    const user = userEvent.setup()
    renderWithProviders(<EntryForm report={report({ values: [welfare()] })} indicators={indicators} />)
    const field = row(/Chi chăm lo/).getByLabelText<HTMLInputElement>('Thực hiện 2021')
    await user.clear(field)
    await user.type(field, '12 tỷ')
    await user.selectOptions(picker('Chi chăm lo đoàn viên'), 'hơn (ít nhất)')
    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }))
    await screen.findByText(/Đã lưu nháp lúc/)
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      version: 3,
      values: [{ indicator: 'welfare_spending', actual: 12_000_000_000, actualQualifier: 'at_least' }],
    })
  })

  it('shows a stated percentage as such, beside a computed one, and a derived target', () => {
    const values = [
      reportValue({ indicator: 'new_members', statedPercent: 148, source: ARTICLE, quote: 'đạt 148%' }),
    ]
    renderWithProviders(<EntryForm report={report({ values })} indicators={indicators} />)
    expect(row(/Phát triển/).getByText('đạt 148% (nguồn nêu)')).toBeTruthy()
    expect(
      row(/Phát triển/).getByText('Nhập số thực hiện sẽ thay tỷ lệ 148% bài báo nêu bằng số bạn nhập.'),
    ).toBeTruthy()
  })

  it('a computed percentage keeps the printed one beside it; a target worked back from it says so', () => {
    const values = [
      reportValue({
        indicator: 'new_members',
        actual: 29,
        target: 20,
        targetDerived: true,
        statedPercent: 145,
        source: ARTICLE,
      }),
    ]
    renderWithProviders(<EntryForm report={report({ values })} indicators={indicators} />)
    expect(row(/Phát triển/).getByText('145%')).toBeTruthy()
    expect(row(/Phát triển/).getByText('nguồn nêu 145%')).toBeTruthy()
    expect(row(/Phát triển/).getByText('suy ra từ 145%')).toBeTruthy()
  })

  it('marks last year\'s invented figure "mh"; a reader sees the bound as a word before the number', () => {
    const values = [
      reportValue({
        indicator: 'new_members',
        actual: 2352,
        previousActual: 1387,
        previousIllustrative: true,
      }),
      welfare(),
    ]
    renderWithProviders(
      <EntryForm
        report={report({
          values,
          can: { ...DISTRICT_CAN, editActual: false, submit: false },
          readOnly: 'no_right',
        })}
        indicators={indicators}
      />,
    )
    const facts = row(/Phát triển/)
      .getByText('Năm 2020')
      .closest('div')
    expect(facts?.textContent).toBe('Năm 20201.387mh (dữ liệu minh họa)')
    expect(screen.queryByRole('combobox')).toBeNull()
    const field = row(/Chi chăm lo/).getByLabelText('Thực hiện 2021')
    expect(field).toHaveProperty('readOnly', true)
    expect(row(/Chi chăm lo/).getByText('hơn')).toBeTruthy()
    expect(field.getAttribute('aria-describedby')).toContain('welfare_spending-actual-qualifier')
  })
})
