import { NotFound } from './not-found.tsx'

/** 403: signed in, but this page or unit is not theirs. */
export function Forbidden({
  message = 'Tài khoản của bạn không được xem hoặc sửa nội dung này.',
}: {
  message?: string
}) {
  return <NotFound title="Không có quyền" message={message} />
}
