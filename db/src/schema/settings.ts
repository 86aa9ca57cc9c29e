import { sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** Product-wide switches an admin sets (e.g. `public_read`), stored as JSON text. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})
