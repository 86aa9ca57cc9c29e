import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'
import { users } from './users.ts'

// Only a hash of the session token is stored: a copy of the database does not let anyone sign in.
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
)
