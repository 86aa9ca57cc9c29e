import { useMe } from '../../features/auth/index.ts'
import { ImportView } from '../../features/import/index.ts'

/** Lazy-loaded route: /nhap-tu-excel. */
export default function ImportRoute() {
  const user = useMe().data?.user ?? null
  const ownUnit = user?.role === 'district' ? user.unit : null
  return (
    <>
      <title>Nhập từ Excel — Chỉ tiêu Công đoàn</title>
      <div className="page-head">
        <h1>Nhập từ Excel</h1>
      </div>
      <p className="lead">
        Nhập số liệu hoặc chỉ tiêu từ tệp Excel, CSV: cùng quy tắc, lịch sử và nguồn gốc như biểu mẫu nhập.
        Không có gì được ghi cho đến khi bạn xem đúng những ô sẽ thay đổi và xác nhận.
      </p>
      <ImportView ownUnit={ownUnit} />
    </>
  )
}
