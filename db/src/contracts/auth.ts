// Sign-in contracts. A browser gets an HttpOnly session cookie; every state-changing request must
// also carry the session's CSRF token in the `X-CSRF-Token` header (and a same-origin Origin, if any).
import { z } from './zod.ts'
import { ROLES } from './enums.ts'

export const SESSION_COOKIE = 'ldld_session'
export const CSRF_HEADER = 'x-csrf-token'

export const usernameSchema = z
  .string({ error: 'Thiếu tên đăng nhập.' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{2,40}$/, { error: 'Tên đăng nhập gồm 2–40 chữ cái không dấu, số, dấu chấm, gạch.' })

/**
 * A password as a request carries it. What makes one acceptable (length, characters, not guessable)
 * is the password rule (`@ldld/db/password`), checked by the server for every password it stores.
 */
export const passwordSchema = z
  .string({ error: 'Thiếu mật khẩu.' })
  .min(1, { error: 'Thiếu mật khẩu.' })
  .max(200, { error: 'Mật khẩu tối đa 200 ký tự.' })

export const loginBodySchema = z.strictObject({
  username: z
    .string({ error: 'Thiếu tên đăng nhập.' })
    .trim()
    .toLowerCase()
    .min(1, { error: 'Thiếu tên đăng nhập.' })
    .max(40),
  password: z.string({ error: 'Thiếu mật khẩu.' }).min(1, { error: 'Thiếu mật khẩu.' }).max(200),
})

export const sessionUserSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  /** The unit a district user is bound to (GSO code); null for other roles. */
  unit: z.string().nullable(),
  /** Signed in with a one-time password: every other request is refused until it is changed. */
  mustChangePassword: z.boolean(),
})
export type SessionUser = z.infer<typeof sessionUserSchema>

export const meResponseSchema = z.object({
  user: sessionUserSchema.nullable(),
  csrfToken: z.string().nullable(),
  /** Whether anonymous visitors may read the dashboard (an admin setting). */
  publicRead: z.boolean(),
})
export type Me = z.infer<typeof meResponseSchema>

/** POST /api/auth/login: the session cookie is set beside this body; send csrfToken back on every write. */
export const loginResponseSchema = z.object({
  user: sessionUserSchema,
  csrfToken: z.string(),
  publicRead: z.boolean(),
})
export type LoginResponse = z.infer<typeof loginResponseSchema>

/** The answer of a request refused until the one-time password is changed (403). */
export const PASSWORD_CHANGE_REQUIRED = 'password_change_required'

/** POST /api/auth/password: the signed-in user's own password; the other sessions end. */
export const changePasswordBodySchema = z.strictObject({
  currentPassword: z
    .string({ error: 'Thiếu mật khẩu hiện tại.' })
    .min(1, { error: 'Thiếu mật khẩu hiện tại.' })
    .max(200),
  newPassword: passwordSchema,
})
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>
