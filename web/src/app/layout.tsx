import { Suspense, useDeferredValue, useEffect, useMemo } from 'react'
import { Link, NavLink, Outlet, useLocation, useParams, useSearchParams } from 'react-router'
import { useIndicators } from '../api/get-indicators.ts'
import { useOrganisations } from '../api/get-organisations.ts'
import { useYears } from '../api/get-years.ts'
import { JumpForm } from '../components/jump-form.tsx'
import { UnitPicker } from '../components/unit-picker.tsx'
import {
  UserMenu,
  WorkLinks,
  usePasswordChangeRedirect,
  useUnauthorizedRedirect,
} from '../features/auth/index.ts'
import { LoadingState } from '../components/query-state.tsx'
import { pickerGroups, siteSubtitle } from '../lib/org-names.ts'
import { paths } from '../lib/paths.ts'
import { parseDataBasis } from '../lib/data-basis.ts'
import { parseYearParam } from '../lib/year-param.ts'
import '../styles/forms.css'

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
  const latest = useYears().data?.latest
  const shownYear = year ?? latest ?? undefined
  // The pickers' lists (a hundred units and more) are built as deferred updates, in slices, so they
  // never hold up the page's own first paint.
  const organisations = useDeferredValue(useOrganisations().data)
  const unitGroups = useMemo(() => pickerGroups(organisations ?? [], shownYear), [organisations, shownYear])
  const catalogue = useDeferredValue(useIndicators().data)
  const indicators = (catalogue ?? []).map((i) => ({ value: i.key, label: i.shortNameVi }))
  return (
    <>
      <a className="skip-link" href="#main">
        Bỏ qua đến nội dung chính
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.overview(year, undefined, basis)} className="brand">
            Chỉ tiêu Công đoàn <span className="brand__sub">{siteSubtitle(shownYear)}</span>
          </Link>
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
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
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
