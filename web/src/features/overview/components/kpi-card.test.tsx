import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { dashboard2021, newMembers, welfare } from '../../../test/fixtures.ts'
import { KpiCard } from './kpi-card.tsx'

const totalOf = (key: string) => dashboard2021.totals.find((t) => t.indicator === key)

describe('KpiCard', () => {
  it('writes money the way reports do: "1 tỷ 250,3 triệu đồng"', () => {
    render(<KpiCard indicator={welfare} total={totalOf('welfare_spending')} year={2021} />)
    expect(screen.getByText('1 tỷ 250,3 triệu đồng')).toBeTruthy()
    expect(screen.getByText('Không giao chỉ tiêu')).toBeTruthy()
    expect(screen.getByText('−4% so với 2020')).toBeTruthy()
    expect(screen.getByText('dữ liệu minh họa')).toBeTruthy()
  })

  it('shows actual / target, % achieved with its status and the change on last year', () => {
    render(<KpiCard indicator={newMembers} total={totalOf('new_members')} year={2021} />)
    expect(screen.getByRole('heading', { name: 'Đoàn viên kết nạp mới' })).toBeTruthy()
    expect(screen.getByText('52.310')).toBeTruthy()
    expect(screen.getByText('/ 47.500')).toBeTruthy()
    const percent = screen.getByText('đạt 110,1%', { exact: false })
    expect(percent.closest('.status')?.className).toContain('status--achieved')
    expect(screen.getByText('+8,2% so với 2020')).toBeTruthy()
    expect(screen.getByText('30/30 đơn vị đã báo cáo')).toBeTruthy()
  })

  it('says so when the city has no figure', () => {
    render(<KpiCard indicator={newMembers} total={undefined} year={2030} />)
    expect(screen.getByText('Chưa có số liệu')).toBeTruthy()
  })
})
