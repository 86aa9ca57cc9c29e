import { useQuery } from '@tanstack/react-query'
import { NavLink } from 'react-router'
import { yearsQuery } from '../../../api/get-years.ts'
import { paths } from '../../../lib/paths.ts'
import { useMe } from '../api/get-me.ts'
import { workOf } from '../roles.ts'

/**
 * The write side's links, by what the permission table lets the user do: a district officer enters its
 * own unit's figures for the latest year; the city reviews the reports of that year and assigns next
 * year's targets; the admin administers.
 */
export function WorkLinks() {
  const user = useMe().data?.user ?? null
  const latest = useQuery({ ...yearsQuery(), enabled: user !== null }).data?.latest
  if (!user) return null
  const year = latest ?? new Date().getFullYear() - 1
  const work = workOf(user)
  return (
    <>
      {work.entersOwnUnit && user.unit && (
        <NavLink to={paths.entry(user.unit, year)} className="site-nav__link">
          Nhập số liệu
        </NavLink>
      )}
      {work.reviews && (
        <NavLink to={paths.reports(year)} className="site-nav__link">
          Nhập số liệu
        </NavLink>
      )}
      {work.setsTargets && (
        <NavLink to={paths.targets(year + 1)} className="site-nav__link">
          Giao chỉ tiêu
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
