// What a password form says before its dictionary of common passwords has loaded: the lengths and
// the hint (password-rule.ts holds the rule itself, with zxcvbn's large dictionary).
export const PASSWORD_MIN_LENGTH = 10
export const PASSWORD_MAX_LENGTH = 200

export const PASSWORD_HINT = `Ít nhất ${PASSWORD_MIN_LENGTH} ký tự, khó đoán; ví dụ một câu ngắn gồm vài từ không liên quan như “sen-hồng-xe-đạp-mùa-thu”.`
