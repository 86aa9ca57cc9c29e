import { Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { Link, NavLink, Outlet, useLocation, useParams, useSearchParams } from 'react-router'
import { useIndicators } from '../api/get-indicators.ts'
import { useOrganisations } from '../api/get-organisations.ts'
import { useYears } from '../api/get-years.ts'
import { JumpForm } from '../components/jump-form.tsx'
import { PageReady } from '../components/page-ready.tsx'
import { UnitPicker } from '../components/unit-picker.tsx'
import {
  UserMenu,
  WorkLinks,
  useMe,
  usePasswordChangeRedirect,
  useUnauthorizedRedirect,
} from '../features/auth/index.ts'
import { LoadingState } from '../components/query-state.tsx'
import { pickerGroups, siteSubtitle } from '../lib/org-names.ts'
import { paths } from '../lib/paths.ts'
import { parseDataBasis } from '../lib/data-basis.ts'
import { parseYearParam } from '../lib/year-param.ts'

/** A new page starts at its top: the declarative router does not restore scroll by itself. */
function useScrollTopOnNavigate() {
  const { pathname } = useLocation()
  // Block body: Chromium's scrollTo returns a Promise, which React would take for a cleanup function.
  useEffect(() => {
    window.scrollTo(0, 0)
  }, [pathname])
}

export function Layout() {
  useScrollTopOnNavigate()
  useUnauthorizedRedirect()
  usePasswordChangeRedirect()
  const params = useParams()
  const [search] = useSearchParams()
  const yearParam = parseYearParam(search.get('year'))
  const year = yearParam.kind === 'valid' ? yearParam.year : undefined
  // The reader's choice of figures follows them from page to page.
  const basis = parseDataBasis(search.get('data'))
  // The year in view (the page's ?year=, else the default year): the subtitle names its units and
  // the picker lists its units first.
  const years = useYears()
  const latest = years.data?.latest
  const shownYear = year ?? latest ?? undefined
  const session = useMe()
  const organisationsQuery = useOrganisations()
  const indicatorsQuery = useIndicators()
  // The header is drawn whole, with the page under it, once what it shows is known (who is signed in,
  // the year's units, the pickers' lists): it never grows over a page already on screen (layout shift,
  // issue 10 item 6). These answers are small and were asked for with the app's first script.
  // Once drawn, it stays: a later refetch (a failed answer asked again) must not take the page away.
  const answered = [session, years, organisationsQuery, indicatorsQuery].every((query) => !query.isPending)
  const [drawn, setDrawn] = useState(false)
  if (answered && !drawn) setDrawn(true)
  // Drawn as a deferred update: the header's lists (a hundred units and more) and the page under it
  // are built in slices, not in one long task when the last answer arrives.
  const settled = useDeferredValue(drawn || answered)
  const organisations = organisationsQuery.data
  const unitGroups = useMemo(() => pickerGroups(organisations ?? [], shownYear), [organisations, shownYear])
  const indicators = (indicatorsQuery.data ?? []).map((i) => ({ value: i.key, label: i.shortNameVi }))
  return (
    <>
      <a className="skip-link" href="#main">
        Bỏ qua đến nội dung chính
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.overview(year, undefined, basis)} className="brand">
            Chỉ tiêu Công đoàn <span className="brand__sub">{siteSubtitle(settled ? shownYear : year)}</span>
          </Link>
          {settled && (
            <>
              <nav className="site-nav" aria-label="Điều hướng chính">
                <NavLink to={paths.overview(year, undefined, basis)} end className="site-nav__link">
                  Tổng quan
                </NavLink>
                <WorkLinks />
                <UnitPicker
                  key={`d-${params.code ?? ''}`}
                  id="nav-district"
                  groups={unitGroups}
                  current={params.code}
                  hrefFor={(code) => paths.district(code, basis)}
                />
                <JumpForm
                  key={`i-${params.key ?? ''}`}
                  id="nav-indicator"
                  label="Chỉ tiêu"
                  placeholder="Chọn chỉ tiêu"
                  options={indicators}
                  current={params.key}
                  hrefFor={(key) => paths.indicator(key, year, basis)}
                />
              </nav>
              <UserMenu />
            </>
          )}
        </div>
      </header>
      {/* A new element when the header is drawn whole: the page appears under it, it does not move. */}
      <main key={settled ? 'page' : 'waiting'} id="main" className="site-main" tabIndex={-1}>
        {settled ? (
          <Suspense fallback={<LoadingState />}>
            <Outlet />
            <PageReady />
          </Suspense>
        ) : (
          <LoadingState />
        )}
      </main>
      <footer className="site-footer">
        <p>
          Số liệu có trích dẫn nguồn lấy từ báo cáo, bài viết đã công bố của LĐLĐ thành phố, LĐLĐ các quận,
          huyện và công đoàn xã, phường. Các số liệu khác là <strong>dữ liệu minh họa</strong> (đánh dấu “mh”
          hoặc “dữ liệu minh họa”), chỉ dùng để trình bày giao diện, không dùng để đánh giá, xếp loại thi đua.
        </p>
      </footer>
    </>
  )
}
