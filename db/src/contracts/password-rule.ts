// The one password rule, for every password a person chooses: the admin's user form, `pnpm user:create`,
// the self-service change and the server behind all three. Imported from `@ldld/db/password` (not the
// contracts index), so the dictionary of common passwords loads only with the screens that set one.
//
// At least 10 characters, no control or invisible characters, not built on the username, and not
// guessable: zxcvbn-ts with its common-password list (40 000 entries, keyboard patterns, sequences,
// repeats, dates) must rate it 3 of 4 or better, i.e. more than 10^8 guesses.
import { ZxcvbnFactory, type MatchExtended } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'
import { z } from './zod.ts'

import { PASSWORD_HINT, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-hint.ts'

export { PASSWORD_HINT, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-hint.ts'
/** zxcvbn's score: 3 = "safely unguessable", beyond what an online guesser tries. */
const MIN_SCORE = 3

// Words everyone here would try first; the common list is English-centred.
const LOCAL_WORDS = [
  'matkhau',
  'congdoan',
  'ldld',
  'laodong',
  'liendoan',
  'hanoi',
  'vietnam',
  'quantri',
  'admin',
  'demo',
  'chitieu',
  'doanvien',
]

let factory: ZxcvbnFactory | undefined
const estimator = () =>
  (factory ??= new ZxcvbnFactory({
    dictionary: { ...dictionary, local: LOCAL_WORDS },
    graphs: adjacencyGraphs,
  }))

// Control characters (NUL, Tab, line breaks…), format characters (zero-width spaces, bidi marks) and
// the Unicode line separators: invisible, so a user cannot type the same password twice for sure.
const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]/u

/** Why zxcvbn found it guessable, in the words of its weakest part. */
function weakness(sequence: readonly MatchExtended[]): string {
  const patterns = new Set(sequence.map((m) => m.pattern))
  const dictionaryNames = new Set(
    sequence.map((m) => (typeof m['dictionaryName'] === 'string' ? m['dictionaryName'] : '')),
  )
  if ([...dictionaryNames].some((n) => n.startsWith('passwords')))
    return 'Mật khẩu này (hoặc phần chính của nó) nằm trong danh sách mật khẩu phổ biến mà kẻ gian thử đầu tiên.'
  if (dictionaryNames.has('local'))
    return 'Mật khẩu quá dễ đoán: dựa trên từ ai cũng thử trước (mật khẩu, công đoàn, Hà Nội, quản trị…).'
  if (dictionaryNames.has('userInputs'))
    return 'Mật khẩu không được dựa trên tên đăng nhập hoặc tên hiển thị.'
  if (patterns.has('sequence')) return 'Mật khẩu quá dễ đoán: có dãy ký tự liên tiếp như “abcd” hoặc “1234”.'
  if (patterns.has('repeat')) return 'Mật khẩu quá dễ đoán: lặp lại một ký tự hoặc một cụm ký tự.'
  if (patterns.has('spatial')) return 'Mật khẩu quá dễ đoán: các phím liền nhau trên bàn phím như “qwerty”.'
  if (patterns.has('date')) return 'Mật khẩu quá dễ đoán: chủ yếu là ngày tháng năm.'
  return 'Mật khẩu quá dễ đoán: gồm những từ hoặc tên thông dụng.'
}

export interface PasswordContext {
  username?: string | undefined
  displayName?: string | undefined
}

/** Null when the password may be used, else the one Vietnamese sentence that says why not. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  const length = Array.from(password).length
  if (length === 0) return 'Chưa nhập mật khẩu.'
  if (length < PASSWORD_MIN_LENGTH)
    return `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự (mới có ${length}).`
  if (length > PASSWORD_MAX_LENGTH) return `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự.`
  if (CONTROL.test(password))
    return 'Mật khẩu không được chứa ký tự điều khiển hoặc ký tự ẩn (như Tab, xuống dòng, ký tự NUL).'
  if (password.trim() === '') return 'Mật khẩu không được chỉ gồm dấu cách.'
  const username = context.username?.trim().toLowerCase() ?? ''
  const lower = password.toLowerCase()
  if (username.length >= 2 && (lower === username || (username.length >= 4 && lower.includes(username))))
    return 'Mật khẩu không được trùng hoặc chứa tên đăng nhập.'
  const inputs = [username, ...(context.displayName?.toLowerCase().split(/\s+/) ?? [])].filter(
    (word) => word.length >= 3,
  )
  const result = estimator().check(password, inputs)
  return result.score >= MIN_SCORE ? null : `${weakness(result.sequence)} ${PASSWORD_HINT}`
}

/** The rule as a zod field, for forms that check a new password before sending it. */
export function newPasswordSchema(context: PasswordContext = {}) {
  return z.string({ error: 'Thiếu mật khẩu mới.' }).superRefine((password, ctx) => {
    const problem = passwordProblem(password, context)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
}
