import { ApiError } from '../../lib/api-client.ts'

/** "45 giây", "3 phút": how long a locked-out user must wait. */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} giây`
  return `${Math.ceil(seconds / 60)} phút`
}

/** The one sentence a user needs after a failed sign-in. */
export function signInErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Đăng nhập không thành công. Vui lòng thử lại.'
  if (error.status === 0) return error.message
  if (error.status === 401) return 'Tên đăng nhập hoặc mật khẩu không đúng.'
  // Many colleagues signing in at once from one office address: nothing is locked, try again now.
  if (error.code === 'sign_in_busy') return error.message
  if (error.status === 429) {
    const wait = error.retryAfter === null ? 'ít phút nữa' : waitText(error.retryAfter)
    return `Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau ${wait}.`
  }
  if (error.status >= 500) return 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.'
  return error.message
}
