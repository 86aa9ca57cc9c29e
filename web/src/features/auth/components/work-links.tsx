import { NavLink } from 'react-router'
import { paths } from '../../../lib/paths.ts'
import { useMe } from '../api/get-me.ts'
import { workOf } from '../roles.ts'

/**
 * The write side's links, by what the permission table lets the user do. Each opens its page's
 * default year (the entry side's year rule: the current reporting year, a unit that has ended its
 * last year, next year's targets from October), so the header never sends anyone to a year they
 * cannot work in.
 */
export function WorkLinks() {
  const user = useMe().data?.user ?? null
  if (!user) return null
  const work = workOf(user)
  return (
    <>
      {work.entersOwnUnit && user.unit && (
        <NavLink to={paths.entryStart(user.unit)} className="site-nav__link">
          Nhập số liệu
        </NavLink>
      )}
      {work.reviews && (
        <NavLink to={paths.reportsStart} className="site-nav__link">
          Nhập số liệu
        </NavLink>
      )}
      {work.setsTargets && (
        <NavLink to={paths.targetsStart} className="site-nav__link">
          Giao chỉ tiêu
        </NavLink>
      )}
      {work.imports && (
        <NavLink to={paths.imports} className="site-nav__link">
          Nhập từ Excel
        </NavLink>
      )}
      {work.readsReportText && (
        <NavLink to={paths.extract()} className="site-nav__link">
          Đọc văn bản
        </NavLink>
      )}
      {work.administers && (
        <NavLink to={paths.admin} className="site-nav__link">
          Quản trị
        </NavLink>
      )}
    </>
  )
}
