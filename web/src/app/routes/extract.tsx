import { useSearchParams } from 'react-router'
import { useMe } from '../../features/auth/index.ts'
import { ExtractView } from '../../features/extract/index.ts'
import { parseYearParam } from '../../lib/year-param.ts'

/** Lazy-loaded route: /extract?unit=007&year=2024 (both optional). */
export default function ExtractRoute() {
  const [params] = useSearchParams()
  const user = useMe().data?.user ?? null
  const year = parseYearParam(params.get('year') ?? '')
  const ownUnit = user?.role === 'district' ? user.unit : null
  return (
    <>
      <title>Đọc từ văn bản báo cáo — Chỉ tiêu Công đoàn</title>
      <div className="page-head">
        <h1>Đọc từ văn bản báo cáo</h1>
      </div>
      <p className="lead">
        Dán văn bản báo cáo hoặc mở tệp .txt, .docx. Hệ thống tìm các số liệu của chỉ tiêu (số thực hiện, chỉ
        tiêu giao, tỷ lệ đạt), đánh dấu trong văn bản; bạn chấp nhận, sửa hoặc bỏ qua từng số. Không có gì
        được lưu cho đến khi bạn lưu.
      </p>
      <ExtractView
        ownUnit={ownUnit}
        initialUnit={params.get('unit') ?? undefined}
        initialYear={year.kind === 'valid' ? year.year : undefined}
      />
    </>
  )
}
