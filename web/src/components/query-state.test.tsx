import { useQuery } from '@tanstack/react-query'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../lib/api-client.ts'
import { renderWithProviders } from '../test/render.tsx'
import { QueryState } from './query-state.tsx'

function Probe({ fetcher, year = 2021 }: { fetcher: () => Promise<number[]>; year?: number }) {
  const query = useQuery({ queryKey: ['probe', year], queryFn: fetcher })
  return (
    <QueryState
      query={query}
      isEmpty={(rows) => rows.length === 0}
      emptyMessage={`Chưa có số liệu năm ${year}`}
    >
      {(rows) => <p>{`${rows.length} dòng`}</p>}
    </QueryState>
  )
}

describe('QueryState', () => {
  it('announces loading in Vietnamese', () => {
    renderWithProviders(<Probe fetcher={() => new Promise<number[]>(() => {})} />)
    expect(screen.getByRole('status').textContent).toContain('Đang tải dữ liệu…')
  })

  it('shows the API message and retries on "Thử lại"', async () => {
    let calls = 0
    const fetcher = () => {
      calls += 1
      if (calls === 1)
        return Promise.reject(new ApiError(503, 'unavailable', 'Máy chủ đang bận, vui lòng thử lại.'))
      return Promise.resolve([1, 2, 3])
    }
    renderWithProviders(<Probe fetcher={fetcher} />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Không tải được dữ liệu')
    expect(alert.textContent).toContain('Máy chủ đang bận, vui lòng thử lại.')
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }))
    expect(await screen.findByText('3 dòng')).toBeTruthy()
    expect(calls).toBe(2)
  })

  it('hides internals of unexpected errors', async () => {
    renderWithProviders(<Probe fetcher={() => Promise.reject(new TypeError('x is undefined'))} />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).not.toContain('undefined')
    expect(alert.textContent).toContain('Đã xảy ra lỗi không mong muốn')
  })

  it('shows the empty message for a year without figures', async () => {
    renderWithProviders(<Probe fetcher={() => Promise.resolve([])} year={2030} />)
    expect(await screen.findByText('Chưa có số liệu năm 2030')).toBeTruthy()
  })
})
