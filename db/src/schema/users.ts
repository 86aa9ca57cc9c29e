import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core'
import { ROLES } from '../contracts/enums.ts'
import { organisations } from './organisations.ts'

// A district user is bound to one unit (orgId); other roles have none.
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  orgId: integer('org_id').references(() => organisations.id),
  passwordHash: text('password_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  // Set when an admin creates the account or resets its password: the next sign-in must change it.
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
})
