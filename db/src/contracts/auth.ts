// Sign-in contracts. A browser gets an HttpOnly session cookie; every state-changing request must
// also carry the session's CSRF token in the `X-CSRF-Token` header (and a same-origin Origin, if any).
import { z } from 'zod'
import { ROLES } from './enums.ts'

export const SESSION_COOKIE = 'ldld_session'
export const CSRF_HEADER = 'x-csrf-token'

export const usernameSchema = z
  .string({ error: 'Thiếu tên đăng nhập.' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{2,40}$/, { error: 'Tên đăng nhập gồm 2–40 chữ cái không dấu, số, dấu chấm, gạch.' })

export const passwordSchema = z
  .string({ error: 'Thiếu mật khẩu.' })
  .min(8, { error: 'Mật khẩu tối thiểu 8 ký tự.' })
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
