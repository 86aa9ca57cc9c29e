// The entry form against a stubbed fetch: typing the Vietnamese way, live checks, and a 409.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Report } from '@ldld/db/contracts'
import { indicators } from '../../../test/fixtures.ts'
import { renderWithProviders } from '../../../test/render.tsx'
import { report, reportValue, stubFetch } from '../../../test/write-fixtures.ts'
import { EntryForm } from './entry-form.tsx'

const row = (name: RegExp) => within(screen.getByRole('group', { name }))
const field = (name: RegExp, label: string | RegExp) => row(name).getByLabelText<HTMLInputElement>(label)

beforeEach(() => localStorage.clear())
afterEach(() => vi.unstubAllGlobals())

describe('entry form', () => {
  it('reads "1 tỷ 250,3 triệu" and shows it back formatted, with the exact amount', async () => {
    const user = userEvent.setup()
    renderWithProviders(<EntryForm report={report()} indicators={indicators} />)
    const welfare = field(/Chi chăm lo/, 'Thực hiện 2021')
    await user.type(welfare, '1 tỷ 250,3 triệu đồng')
    await user.tab()
    expect(welfare.value).toBe('1 tỷ 250,3 triệu')
    expect(row(/Chi chăm lo/).getByText('= 1.250.300.000 đ')).toBeTruthy()
    await user.clear(welfare)
    await user.type(welfare, '1250300000')
    await user.tab()
    expect(welfare.value).toBe('1 tỷ 250,3 triệu')
    expect(screen.getByText('● Có thay đổi chưa lưu')).toBeTruthy()
  })

  it('shows why a figure cannot be read, under the field, and blocks saving', async () => {
    const user = userEvent.setup()
    renderWithProviders(<EntryForm report={report()} indicators={indicators} />)
    const members = field(/Phát triển/, 'Thực hiện 2021')
    await user.clear(members)
    await user.type(members, '2.35x')
    await user.tab()
    expect(members.getAttribute('aria-invalid')).toBe('true')
    const message = document.getElementById(members.getAttribute('aria-describedby') ?? '')
    expect(message?.textContent).toContain('Không đọc được "2.35x" thành số.')
    expect(
      screen.getByRole('link', { name: /Đoàn viên kết nạp mới — Thực hiện: Không đọc được/ }),
    ).toBeTruthy()
    expect(screen.getByText('Còn 1 lỗi phải sửa.')).toBeTruthy()
  })

  it('names a far-too-large figure as the error, with no % or jump warning beside it', async () => {
    const user = userEvent.setup()
    renderWithProviders(<EntryForm report={report()} indicators={indicators} />)
    const members = field(/Phát triển/, 'Thực hiện 2021')
    await user.clear(members)
    await user.type(members, '99999999999999')
    await user.tab()
    expect(row(/Phát triển/).queryByText(/\d%/)).toBeNull()
    expect(screen.queryByText(/so với năm trước/)).toBeNull()
    expect(screen.getByText('Còn 1 lỗi phải sửa.')).toBeTruthy()
  })

  it('keeps "Gửi báo cáo" disabled until every warning has a note', async () => {
    const user = userEvent.setup()
    renderWithProviders(<EntryForm report={report()} indicators={indicators} />)
    const submit = screen.getByRole('button', { name: 'Gửi báo cáo' })
    expect(submit.hasAttribute('disabled')).toBe(false)
    const members = field(/Phát triển/, 'Thực hiện 2021')
    await user.clear(members)
    await user.type(members, '4.200') // +100% on 2.100 last year
    expect(submit.hasAttribute('disabled')).toBe(true)
    expect(screen.getByText('Cần ghi chú giải thích cảnh báo ở: Đoàn viên kết nạp mới.')).toBeTruthy()
    expect(
      row(/Phát triển/).getByText(/\+100% so với năm trước \(2\.100 → 4\.200\)\. Cần ghi chú giải thích\./),
    ).toBeTruthy()
    await user.type(field(/Phát triển/, /^Ghi chú/), 'Chiến dịch phát triển đoàn viên ở khu công nghiệp')
    expect(submit.hasAttribute('disabled')).toBe(false)
    expect(screen.queryByText(/Cần ghi chú giải thích cảnh báo ở/)).toBeNull()
  })

  it('on 409 lists each field that changed, and "giữ bản của tôi" saves on the new version', async () => {
    const current: Report = report({
      version: 4,
      values: [
        reportValue({
          indicator: 'new_members',
          actual: 2400,
          target: 1330,
          previousActual: 2100,
          updatedBy: 'city',
          updatedAt: '2021-12-21T02:00:00.000Z',
        }),
        reportValue({
          indicator: 'welfare_spending',
          unitKind: 'money',
          note: 'Gồm hỗ trợ Tết',
          previousActual: 1_100_000_000,
          updatedBy: 'city',
        }),
      ],
    })
    let puts = 0
    const { fetchStub, calls } = stubFetch((method) => {
      if (method !== 'PUT') return [404, { error: { code: 'not_found', message: 'Không tìm thấy.' } }]
      puts += 1
      if (puts === 1)
        return [
          409,
          { error: { code: 'version_conflict', message: 'Báo cáo đã thay đổi.', current, cells: [] } },
        ]
      return [
        200,
        { ...current, version: 5, values: [{ ...current.values[0], actual: 2500 }, current.values[1]] },
      ]
    })
    vi.stubGlobal('fetch', fetchStub)
    const user = userEvent.setup()
    renderWithProviders(<EntryForm report={report()} indicators={indicators} />)
    const members = field(/Phát triển/, 'Thực hiện 2021')
    await user.clear(members)
    await user.type(members, '2500')
    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }))

    const panel = within(await screen.findByRole('alert', { name: 'Báo cáo vừa được người khác thay đổi' }))
    const rows = panel
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent)
    expect(rows).toEqual([
      expect.stringMatching(/^Đoàn viên kết nạp mớiThực hiện2\.500 \(bạn cũng sửa ô này\)2\.400city/),
      expect.stringMatching(/^Chi chăm lo đoàn viênGhi chú\(trống\)Gồm hỗ trợ Tếtcity/),
    ])
    await user.click(panel.getByRole('button', { name: 'Giữ bản của tôi và lưu lại' }))
    await screen.findByText(/Đã lưu nháp lúc/)
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([
      { version: 3, values: [{ indicator: 'new_members', actual: 2500 }] },
      { version: 4, values: [{ indicator: 'new_members', actual: 2500 }] },
    ])
    expect(screen.queryByRole('alert', { name: 'Báo cáo vừa được người khác thay đổi' })).toBeNull()
  })

  it('explains "2,352": the comma is the decimal mark', async () => {
    const user = userEvent.setup()
    renderWithProviders(<EntryForm report={report()} indicators={indicators} />)
    const members = field(/Phát triển/, 'Thực hiện 2021')
    await user.clear(members)
    await user.type(members, '2,352')
    await user.tab()
    const message = document.getElementById(`${members.id}-error`)
    expect(message?.textContent).toContain('Không đọc được "2,352": dấu phẩy là phần thập phân; viết 2.352.')
  })

  it('marks an illustrative actual "mh", blocks submission until it is confirmed, and saves the confirmation', async () => {
    const { fetchStub, calls } = stubFetch((method) =>
      method === 'PUT'
        ? [200, report({ version: 4 })]
        : [404, { error: { code: 'not_found', message: 'x' } }],
    )
    vi.stubGlobal('fetch', fetchStub)
    const user = userEvent.setup()
    const invented = report({
      values: [
        reportValue({
          indicator: 'new_members',
          actual: 2352,
          target: 1330,
          previousActual: 2100,
          illustrative: true,
        }),
      ],
    })
    renderWithProviders(<EntryForm report={invented} indicators={indicators} />)
    expect(row(/Phát triển/).getByText('mh')).toBeTruthy()
    expect(row(/Phát triển/).getByText(/Số minh họa:/)).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Gửi báo cáo' }).hasAttribute('disabled')).toBe(true)
    expect(
      screen.getByText('Còn 1 số liệu minh họa chưa xác nhận hoặc thay bằng số thật: Đoàn viên kết nạp mới.'),
    ).toBeTruthy()
    await user.click(row(/Phát triển/).getByRole('button', { name: 'Xác nhận' }))
    expect(row(/Phát triển/).getByText(/Sẽ xác nhận khi lưu/)).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Gửi báo cáo' }).hasAttribute('disabled')).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }))
    await screen.findByText(/Đã lưu nháp lúc/)
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      version: 3,
      values: [{ indicator: 'new_members', confirm: true }],
    })
  })

  it('asks before submitting and says what happens next', async () => {
    const user = userEvent.setup()
    renderWithProviders(<EntryForm report={report()} indicators={indicators} />)
    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }))
    const dialog = within(screen.getByRole('dialog', { name: 'Gửi báo cáo năm 2021?' }))
    expect(dialog.getByText(/LĐLĐ Thành phố sẽ xem và duyệt/)).toBeTruthy()
    await user.click(dialog.getByRole('button', { name: 'Hủy' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('after submission the officer reads "Đã gửi, đang chờ duyệt", not "no permission"', () => {
    const can = { ...report().can, editActual: false, submit: false }
    renderWithProviders(
      <EntryForm
        report={report({ status: 'submitted', readOnly: 'submitted', can })}
        indicators={indicators}
      />,
    )
    expect(screen.getByText(/^Đã gửi, đang chờ duyệt\./)).toBeTruthy()
    expect(screen.queryByText(/Không có quyền sửa/)).toBeNull()
  })
})
