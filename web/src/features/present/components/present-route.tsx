// Lazy route /present?year=2024&slide=3: full screen, outside the site layout.
import type { ReactNode } from 'react'
import { Link, useLocation, useSearchParams } from 'react-router'
import { Redirect } from '../../../components/redirect.tsx'
import { useYears } from '../../../api/get-years.ts'
import { ErrorState, LoadingState } from '../../../components/query-state.tsx'
import type { DataBasis } from '@ldld/db/contracts'
import { ApiError } from '../../../lib/api-client.ts'
import { parseDataBasis } from '../../../lib/data-basis.ts'
import { paths } from '../../../lib/paths.ts'
import { parseYearParam } from '../../../lib/year-param.ts'
import { useDeckData } from '../api/use-deck-data.ts'
import { useBuiltDeck } from '../hooks/use-built-deck.ts'
import { Deck } from './deck.tsx'

function Shell({ children }: { children: ReactNode }) {
  return (
    <main className="present present--message" data-theme="light">
      {children}
    </main>
  )
}

function LatestYear({ basis }: { basis: DataBasis }) {
  const years = useYears()
  if (years.data?.latest != null) return <Redirect to={paths.present(years.data.latest, undefined, basis)} />
  if (years.data)
    return (
      <Shell>
        <p>Chưa có số liệu năm nào để trình chiếu.</p>
      </Shell>
    )
  return (
    <Shell>
      {years.isError ? (
        <ErrorState message="Không tải được danh sách năm." onRetry={() => void years.refetch()} />
      ) : (
        <LoadingState />
      )}
    </Shell>
  )
}

function DeckLoader({ year, basis }: { year: number; basis: DataBasis }) {
  const load = useDeckData(year, basis)
  const location = useLocation()
  const slides = useBuiltDeck(
    load.state === 'ready' ? load.data : null,
    load.state === 'ready' ? load.geo : undefined,
  )
  if (load.state === 'ready' && (slides || load.data.dashboards.at(-1)?.coverage.reported === 0)) {
    if (load.data.dashboards.at(-1)?.coverage.reported === 0) {
      return (
        <Shell>
          <h1>
            {basis === 'accepted'
              ? `Chưa có báo cáo nào năm ${year} được duyệt`
              : `Chưa có số liệu năm ${year}`}
          </h1>
          <Link to={paths.overview(year, undefined, basis)}>Về trang tổng quan</Link>
        </Shell>
      )
    }
    return (
      <Deck
        data={load.data}
        geo={load.geo}
        favicon={load.favicon}
        exportsReady={load.exportsReady}
        built={slides ?? undefined}
      />
    )
  }
  if (load.state === 'error') {
    const message =
      load.error instanceof ApiError ? load.error.message : 'Không tải được dữ liệu trình chiếu.'
    // The deck is outside the site layout, so it offers sign-in itself when the API asks for it.
    const signIn = load.error instanceof ApiError && load.error.status === 401
    return (
      <Shell>
        <ErrorState message={message} onRetry={load.retry} />
        {signIn && (
          <Link to={paths.signIn(`${location.pathname}${location.search}`)}>Đăng nhập để trình chiếu</Link>
        )}
      </Shell>
    )
  }
  return (
    <Shell>
      <LoadingState label="Đang chuẩn bị bài trình chiếu (số liệu các năm và bản đồ)…" />
      <noscript>
        <p>Bài trình chiếu cần JavaScript: hãy bật JavaScript trong trình duyệt rồi tải lại.</p>
      </noscript>
    </Shell>
  )
}

export default function PresentRoute() {
  const [params] = useSearchParams()
  const parsed = parseYearParam(params.get('year'))
  const basis = parseDataBasis(params.get('data'))
  if (parsed.kind === 'missing') return <LatestYear basis={basis} />
  if (parsed.kind === 'invalid') {
    return (
      <Shell>
        <h1>Năm không hợp lệ</h1>
        <p>{parsed.message}</p>
        <Link to={paths.overview()}>Về trang tổng quan</Link>
      </Shell>
    )
  }
  return <DeckLoader key={`${parsed.year}-${basis}`} year={parsed.year} basis={basis} />
}
