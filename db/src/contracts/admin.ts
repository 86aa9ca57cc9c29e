// Contracts of the administrator's screens: users, settings, indicators of a year's plan, units.
import { z } from './zod.ts'
import { unitCodeSchema } from './unit-code.ts'
import { ADMIN_TYPES, MEASURES, ORG_KINDS, ROLES, UNIT_KINDS } from './enums.ts'
import { passwordSchema, usernameSchema } from './auth.ts'
import { indicatorKeySchema } from './indicator-key.ts'

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unit: z.string().nullable(),
  active: z.boolean(),
  /** Holds a one-time password (set by an admin) that must be changed at the next sign-in. */
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
})
export type User = z.infer<typeof userSchema>
/** A created account or a reset password: the generated one-time password, shown once, never stored. */
export const userWithPasswordSchema = userSchema.extend({ oneTimePassword: z.string().optional() })
export type UserWithPassword = z.infer<typeof userWithPasswordSchema>
export const usersResponseSchema = z.object({ users: z.array(userSchema) })

const displayName = z.string().trim().min(1, { error: 'Thiếu tên hiển thị.' }).max(100)

export const createUserBodySchema = z
  .strictObject({
    username: usernameSchema,
    displayName,
    role: z.enum(ROLES, { error: 'Vai trò không hợp lệ.' }),
    unit: unitCodeSchema.nullable().default(null),
    /** Left out: the server makes a one-time password. Either way it must be changed at first sign-in. */
    password: passwordSchema.optional(),
  })
  .refine((u) => (u.role === 'district') === (u.unit !== null), {
    error: 'Người dùng cấp quận/huyện phải gắn với đúng một đơn vị; vai trò khác thì không.',
    path: ['unit'],
  })

export const updateUserBodySchema = z.strictObject({
  displayName: displayName.optional(),
  role: z.enum(ROLES).optional(),
  unit: unitCodeSchema.nullable().optional(),
  active: z.boolean().optional(),
  /** A new password chosen by the admin (one-time: the user changes it at the next sign-in). */
  password: passwordSchema.optional(),
  /** true: the server makes a one-time password and returns it once. */
  resetPassword: z.literal(true).optional(),
})

export const settingsSchema = z.strictObject({ publicRead: z.boolean() })
export type Settings = z.infer<typeof settingsSchema>

export const userIdParamsSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[1-9][0-9]{0,8}$/, { error: 'Mã người dùng phải là số nguyên dương.' })
    .transform(Number),
})

export const createIndicatorBodySchema = z.strictObject({
  key: indicatorKeySchema,
  nameVi: z.string().trim().min(3).max(200),
  shortNameVi: z.string().trim().min(2).max(60),
  nameEn: z.string().trim().min(2).max(200),
  unitKind: z.enum(UNIT_KINDS),
  unitLabel: z.string().trim().min(1).max(30),
  measure: z.enum(MEASURES),
  takesTarget: z.boolean(),
  higherIsBetter: z.boolean().default(true),
  headline: z.boolean().default(false),
  firstYear: z.number().int().min(2000).max(2100),
})

// No fullName: it is derived from kind, type and name (unitFullName), never typed.
export const createOrganisationBodySchema = z.strictObject({
  code: unitCodeSchema,
  name: z.string().trim().min(2).max(100),
  kind: z.enum(ORG_KINDS),
  adminType: z.enum(ADMIN_TYPES).nullable().default(null),
  parentCode: z.string().nullable(),
  validFrom: z.iso.date({ error: 'Ngày bắt đầu dạng YYYY-MM-DD.' }),
  validTo: z.iso.date({ error: 'Ngày kết thúc dạng YYYY-MM-DD.' }).nullable().default(null),
})
