import type { ReactNode } from 'react'
import { useParams } from 'react-router'
import { NotFound } from '../../components/not-found.tsx'
import { parseYearParam } from '../../lib/year-param.ts'

/** A year in the path (/entry/007/2024): a malformed one is answered in Vietnamese, not with a blank page. */
export function YearRoute({ children }: { children: (year: number) => ReactNode }) {
  const { year: raw = '' } = useParams()
  const parsed = parseYearParam(raw)
  if (parsed.kind !== 'valid') {
    const message = parsed.kind === 'invalid' ? parsed.message : 'Thiếu năm trong đường dẫn.'
    return <NotFound title="Năm không hợp lệ" message={message} />
  }
  return children(parsed.year)
}
