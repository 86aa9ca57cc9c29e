import { compareCodes } from '@ldld/db/contracts'
import { useOrganisations } from '../../../api/get-organisations.ts'
import { EmptyState, QueryState } from '../../../components/query-state.tsx'
import { useUsers } from '../api/get-users.ts'
import { BulkAccountsSection } from './bulk-accounts/bulk-accounts-section.tsx'
import { CreateUserForm } from './create-user-form.tsx'
import { IndicatorForm } from './indicator-form.tsx'
import { OrganisationForm } from './organisation-form.tsx'
import { PublicReadSwitch } from './public-read-switch.tsx'
import { UnitImport } from './unit-import.tsx'
import { UsersTable } from './users-table.tsx'

/** The administrator's page: accounts, the public view switch, the plan's indicators, the units. */
export function AdminView({ planYear }: { planYear: number }) {
  const users = useUsers()
  const organisations = useOrganisations()
  const units = (organisations.data ?? [])
    .filter((o) => o.kind !== 'city')
    .sort((a, b) => compareCodes(a.code, b.code))
  // The page is drawn whole once the account list is in: the forms under the list never jump down
  // when it arrives (layout shift, issue 10 item 6).
  return (
    <QueryState query={users}>
      {(list) => (
        <div className="admin">
          <section className="section" aria-labelledby="admin-users">
            <h2 id="admin-users">Người dùng</h2>
            {list.length === 0 ? (
              <EmptyState message="Chưa có người dùng nào" />
            ) : (
              <UsersTable users={list} units={units} />
            )}
            <CreateUserForm units={units} />
          </section>
          <section className="section" aria-labelledby="admin-bulk-accounts">
            <h2 id="admin-bulk-accounts">Tạo tài khoản hàng loạt</h2>
            <BulkAccountsSection />
          </section>
          <section className="section" aria-labelledby="admin-settings">
            <h2 id="admin-settings">Cài đặt</h2>
            <PublicReadSwitch />
          </section>
          <section className="section" aria-labelledby="admin-indicators">
            <h2 id="admin-indicators">Chỉ tiêu</h2>
            <IndicatorForm defaultYear={planYear} />
          </section>
          <section className="section" aria-labelledby="admin-units">
            <h2 id="admin-units">Đơn vị</h2>
            <OrganisationForm parents={organisations.data ?? []} />
          </section>
          <section className="section" aria-labelledby="admin-unit-import">
            <h2 id="admin-unit-import">Nhập danh sách đơn vị</h2>
            <UnitImport />
          </section>
        </div>
      )}
    </QueryState>
  )
}
