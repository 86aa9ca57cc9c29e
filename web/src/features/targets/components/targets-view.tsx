import { useIndicators } from '../../../api/get-indicators.ts'
import { Forbidden } from '../../../components/forbidden.tsx'
import { QueryState } from '../../../components/query-state.tsx'
import { isForbidden } from '../../../lib/api-client.ts'
import { useTargets } from '../api/get-targets.ts'
import { TargetsEditor } from './targets-editor.tsx'

/** The targets page of a year: loads the grid and the catalogue. */
export function TargetsView({ year }: { year: number }) {
  const targets = useTargets(year)
  const indicators = useIndicators()
  if (isForbidden(targets.error)) return <Forbidden message="Chỉ LĐLĐ Thành phố được giao chỉ tiêu." />
  return (
    <QueryState
      query={targets}
      isEmpty={(t) => t.units.length === 0 || t.indicators.length === 0}
      emptyMessage={`Năm ${year} chưa có đơn vị hoặc chỉ tiêu nào để giao`}
    >
      {(data) => (
        <QueryState query={indicators}>
          {(list) => <TargetsEditor key={data.year} targets={data} indicators={list} />}
        </QueryState>
      )}
    </QueryState>
  )
}
