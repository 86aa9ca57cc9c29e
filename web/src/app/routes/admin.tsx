import { useYears } from '../../api/get-years.ts'
import { AdminView } from '../../features/admin/index.ts'

/** Lazy-loaded route: /admin. */
export default function AdminRoute() {
  const latest = useYears().data?.latest ?? new Date().getFullYear()
  return (
    <>
      <title>Quản trị — Chỉ tiêu Công đoàn</title>
      <h1>Quản trị</h1>
      <AdminView planYear={latest + 1} />
    </>
  )
}
