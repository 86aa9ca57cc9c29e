import type { ReactNode } from 'react'
import { useSearchParams } from 'react-router'
import { Redirect } from '../components/redirect.tsx'
import type { DataBasis } from '@ldld/db/contracts'
import { useYears } from '../api/get-years.ts'
import { useDataBasis } from '../lib/data-basis.ts'
import { NotFound } from '../components/not-found.tsx'
import { EmptyState, QueryState } from '../components/query-state.tsx'
import { parseYearParam } from '../lib/year-param.ts'

export interface YearContext {
  year: number
  years: number[]
  /** Years of targets only, offered as plans ("kế hoạch"). */
  planYears: number[]
  setYear: (year: number) => void
  /** Latest figures or accepted only (?data=accepted). */
  basis: DataBasis
  setBasis: (basis: DataBasis) => void
}

interface YearGateProps {
  /** Where "back" goes when ?year= is not a year. */
  backTo: string
  children: (context: YearContext) => ReactNode
}

/**
 * The year lives in ?year= so a shared link reproduces the view: no year → redirect to the latest year
 * with reported figures (a year of targets only is a plan, not the default), a malformed year → a
 * Vietnamese message and a link back.
 */
export function YearGate({ backTo, children }: YearGateProps) {
  const years = useYears()
  const [basis, setBasis] = useDataBasis()
  const [params, setParams] = useSearchParams()
  const parsed = parseYearParam(params.get('year'))
  if (parsed.kind === 'invalid') {
    return (
      <NotFound
        title="Năm không hợp lệ"
        message={parsed.message}
        backTo={backTo}
        backText="Về năm mới nhất"
      />
    )
  }
  const setYear = (year: number) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev)
      next.set('year', String(year))
      return next
    })
  return (
    <QueryState query={years}>
      {({ years: list, latest, planYears }) => {
        if (parsed.kind === 'valid')
          return children({ year: parsed.year, years: list, planYears, setYear, basis, setBasis })
        if (latest === null) return <EmptyState message="Chưa có số liệu năm nào" />
        const next = new URLSearchParams(params)
        next.set('year', String(latest))
        return <Redirect to={{ search: `?${next.toString()}` }} />
      }}
    </QueryState>
  )
}
