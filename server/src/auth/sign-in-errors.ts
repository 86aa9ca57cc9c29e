// The 429s of the sign-in throttle, in the words an officer reads.
import { HttpError } from '../errors.ts'

export function tooManyAttempts(seconds: number): HttpError {
  const minutes = Math.ceil(seconds / 60)
  return new HttpError(
    429,
    'too_many_attempts',
    `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    undefined,
    { headers: { 'retry-after': String(seconds) } },
  )
}

/** Many sign-ins from one address are being checked right now: wait a second, nothing is locked. */
export function busyAddress(): HttpError {
  return new HttpError(
    429,
    'sign_in_busy',
    'Đang có nhiều lượt đăng nhập cùng lúc từ địa chỉ này. Vui lòng thử lại sau vài giây.',
    undefined,
    { headers: { 'retry-after': '1' } },
  )
}
