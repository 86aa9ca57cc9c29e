import { act, fireEvent, screen } from '@testing-library/react'
import { useLocation } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { renderWithProviders } from '../../../test/render.tsx'
import { deckData, twoDistricts } from '../deck/deck-fixtures.ts'
import { Deck } from './deck.tsx'

function Search() {
  return <output data-testid="search">{useLocation().search}</output>
}

function open(route = '/present?year=2021&slide=2') {
  renderWithProviders(
    <>
      <Deck data={deckData} geo={twoDistricts} />
      <Search />
    </>,
    { route },
  )
}

const title = () => screen.getByRole('heading', { level: 1 }).textContent
const search = () => screen.getByTestId('search').textContent
const press = (key: string) => act(() => void fireEvent.keyDown(window, { key }))

afterEach(() => window.localStorage.clear())

describe('Deck', () => {
  it('opens on the slide named in the URL and moves with the presenter keys', () => {
    open()
    expect(title()).toBe('Toàn thành phố năm 2021')
    press('ArrowRight')
    expect(title()).toBe('Đoàn viên kết nạp mới: LĐLĐ quận, huyện, thị xã năm 2021')
    expect(search()).toBe('?year=2021&slide=3')
    press(' ')
    press('PageDown')
    expect(title()).toBe('Chi chăm lo đoàn viên: LĐLĐ quận, huyện, thị xã năm 2021')
    press('PageUp')
    press('ArrowLeft')
    expect(search()).toBe('?year=2021&slide=3')
    press('End')
    expect(title()).toBe('Đoàn viên kết nạp mới cộng dồn 2020–2021')
    press('Home')
    expect(title()).toBe('Hội nghị tổng kết năm 2021')
  })

  it('falls back to the first slide for a bad number and writes it back to the URL', () => {
    open('/present?year=2021&slide=abc')
    expect(title()).toBe('Hội nghị tổng kết năm 2021')
    expect(search()).toBe('?year=2021&slide=1')
  })

  it('pauses the race with P and with the visible button', () => {
    open('/present?year=2021&slide=7')
    const button = screen.getByRole('button', { name: /Tạm dừng \(P\)|Chạy lại/ })
    if (button.textContent === 'Chạy lại') return // reduced motion: the race opens on its last year
    press('p')
    expect(screen.getByRole('button', { name: 'Tiếp tục (P)' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục (P)' }))
    expect(screen.getByRole('button', { name: 'Tạm dừng (P)' })).toBeTruthy()
  })

  it('keeps the slide on screen when the sorter hides, shows or moves another slide', () => {
    open('/present?year=2021&slide=3')
    expect(title()).toBe('Đoàn viên kết nạp mới: LĐLĐ quận, huyện, thị xã năm 2021')
    press('s')
    // Hiding an earlier slide used to put the next slide on screen under the same number.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Toàn thành phố năm 2021' }))
    fireEvent.click(screen.getByRole('button', { name: 'Đóng' }))
    expect(title()).toBe('Đoàn viên kết nạp mới: LĐLĐ quận, huyện, thị xã năm 2021')
    expect(search()).toBe('?year=2021&slide=2')
    press('s')
    fireEvent.click(screen.getByRole('button', { name: 'Đưa xuống: Hội nghị tổng kết năm 2021' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Toàn thành phố năm 2021' }))
    fireEvent.click(screen.getByRole('button', { name: 'Đóng' }))
    expect(title()).toBe('Đoàn viên kết nạp mới: LĐLĐ quận, huyện, thị xã năm 2021')
    expect(search()).toBe('?year=2021&slide=3')
    // Hiding the slide on screen shows the one that took its place.
    press('s')
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Đoàn viên kết nạp mới: LĐLĐ quận, huyện, thị xã năm 2021' }),
    )
    fireEvent.click(screen.getByRole('button', { name: 'Đóng' }))
    expect(title()).toBe('Dẫn đầu và tiến bộ nhất năm 2021')
  })

  it('hides a slide in the sorter and remembers it for the year', () => {
    open('/present?year=2021&slide=1')
    press('s')
    fireEvent.click(screen.getByRole('checkbox', { name: 'Toàn thành phố năm 2021' }))
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Đưa lên: Chi chăm lo đoàn viên: LĐLĐ quận, huyện, thị xã năm 2021',
      }),
    )
    fireEvent.click(screen.getByRole('button', { name: 'Đóng' }))
    press('ArrowRight')
    expect(title()).toBe('Đoàn viên kết nạp mới: LĐLĐ quận, huyện, thị xã năm 2021')
    expect(JSON.parse(window.localStorage.getItem('ldld.present.2021.slides') ?? '{}')).toEqual({
      order: [
        'title',
        'totals',
        'indicator:new_members',
        'value:welfare_spending',
        'leaders:new_members',
        'map:new_members',
        'race:new_members',
      ],
      hidden: ['totals'],
    })
  })

  it('toggles and remembers the stage theme', () => {
    open()
    const stage = document.querySelector('.present')
    expect(stage?.getAttribute('data-theme')).toBe('dark')
    press('t')
    expect(stage?.getAttribute('data-theme')).toBe('light')
    expect(window.localStorage.getItem('ldld.present.theme')).toBe('light')
  })
})
