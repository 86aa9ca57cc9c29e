import { Redirect } from '../../../components/redirect.tsx'
import { defaultEntryYear } from '@ldld/db/contracts'
import { useOrganisations } from '../../../api/get-organisations.ts'
import { NotFound } from '../../../components/not-found.tsx'
import { QueryState } from '../../../components/query-state.tsx'
import { paths } from '../../../lib/paths.ts'

/** /entry/:code opens the unit's current reporting year (or its last year, if it has ended). */
export function EntryStart({ code }: { code: string }) {
  const organisations = useOrganisations()
  return (
    <QueryState query={organisations} loadingLabel="Đang mở báo cáo…">
      {(list) => {
        const org = list.find((o) => o.code === code)
        if (!org) return <NotFound title="Không tìm thấy đơn vị" message={`Không có đơn vị mã "${code}".`} />
        return <Redirect to={paths.entry(code, defaultEntryYear(org, new Date()))} />
      }}
    </QueryState>
  )
}
