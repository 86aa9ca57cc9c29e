import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core'

// Which unit list the file holds (issue 8): one row whose `token` triggers on `organisations`
// (migration 0011) replace with a new random text on every insert, update or delete, in the same
// transaction. A reader that keeps a level's children in memory keeps them for one token: any change
// to the units, from this process or another (an import script, a restore), gives a new one.
export const unitRevision = sqliteTable('unit_revision', {
  id: integer('id').primaryKey(),
  token: text('token').notNull(),
})
