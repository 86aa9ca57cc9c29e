// The one Vietnamese wording of zod's own checks, for every rule that carries no message of its
// own (lengths, ranges, enums, missing fields): the server's 400s and the web's form errors read
// the same, in plain Vietnamese ("Cần ít nhất 3 ký tự."), never zod's phrasebook ("Quá nhỏ: mong
// đợi string có >=3 ký tự"). Installed once for both by zod-setup.ts.
import type { z } from 'zod'

type Issue = z.core.$ZodRawIssue

const SIZED: Record<string, string> = { string: 'ký tự', array: 'mục', set: 'mục', map: 'mục', file: 'byte' }

const EXPECTED: Record<string, string> = {
  number: 'Phải là một số.',
  int: 'Phải là một số nguyên.',
  bigint: 'Phải là một số nguyên.',
  string: 'Phải là một đoạn chữ.',
  boolean: 'Phải là có hoặc không (true/false).',
  array: 'Phải là một danh sách.',
  object: 'Phải là một nhóm giá trị có tên.',
  date: 'Phải là một ngày.',
  nan: 'Phải là một số.',
}

const FORMATS: Record<string, string> = {
  email: 'Địa chỉ email không đúng.',
  url: 'Địa chỉ web không đúng.',
  date: 'Ngày phải viết dạng năm-tháng-ngày, ví dụ 2025-10-01.',
  datetime: 'Thời điểm phải viết dạng năm-tháng-ngày giờ:phút, ví dụ 2025-10-01T08:00:00Z.',
  time: 'Giờ phải viết dạng giờ:phút, ví dụ 08:30.',
}

/** A number as a Vietnamese reader writes it in a rule: decimal comma, no grouping (years stay 2025). */
function plain(n: number | bigint): string {
  return String(n).replace('.', ',')
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const unit = SIZED[issue.origin]
  if (unit) {
    if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'Không được để trống.'
    if (issue.exact) return `Phải có đúng ${plain(issue.minimum)} ${unit}.`
    return `Cần ít nhất ${plain(issue.minimum)} ${unit}.`
  }
  if (issue.origin === 'date') return 'Ngày quá sớm.'
  if (issue.inclusive === false) return `Phải lớn hơn ${plain(issue.minimum)}.`
  return Number(issue.minimum) === 0 ? 'Không được là số âm.' : `Phải từ ${plain(issue.minimum)} trở lên.`
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const unit = SIZED[issue.origin]
  if (unit) {
    if (issue.exact) return `Phải có đúng ${plain(issue.maximum)} ${unit}.`
    return `Tối đa ${plain(issue.maximum)} ${unit}.`
  }
  if (issue.origin === 'date') return 'Ngày quá muộn.'
  if (issue.inclusive === false) return `Phải nhỏ hơn ${plain(issue.maximum)}.`
  return `Không được lớn hơn ${plain(issue.maximum)}.`
}

/** The message of a zod issue that has none of its own. */
export function vietnameseIssueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '')
        return 'Thiếu thông tin này.'
      return EXPECTED[issue.expected] ?? 'Sai kiểu giá trị.'
    case 'too_small':
      return tooSmall(issue)
    case 'too_big':
      return tooBig(issue)
    case 'invalid_value':
      return 'Hãy chọn một giá trị trong danh sách.'
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'Không đúng định dạng.'
    case 'not_multiple_of':
      return `Phải là bội số của ${plain(issue.divisor)}.`
    case 'unrecognized_keys':
      return issue.keys.map((key) => `Tham số "${key}" không được hỗ trợ.`).join(' ')
    default:
      return 'Giá trị không hợp lệ.'
  }
}
