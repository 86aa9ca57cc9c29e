import { Link } from 'react-router'
import { paths } from '../lib/paths.ts'

interface NotFoundProps {
  title?: string
  message?: string
  backTo?: string
  backText?: string
}

/** A page-level "nothing here" with a way back; used for unknown units, indicators, paths and bad years. */
export function NotFound({
  title = 'Không tìm thấy trang',
  message = 'Đường dẫn này không có trong hệ thống.',
  backTo = paths.overview(),
  backText = 'Về trang tổng quan',
}: NotFoundProps) {
  return (
    <div className="state state--error">
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <Link to={backTo}>{backText}</Link>
      </p>
    </div>
  )
}
