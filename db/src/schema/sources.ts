import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core'
import { SOURCE_KINDS } from '../contracts/enums.ts'

/** Where a figure comes from: a news article, a report, a user's entry, or the illustrative generator. */
export const sources = sqliteTable('sources', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  kind: text('kind', { enum: SOURCE_KINDS }).notNull(),
  title: text('title').notNull(),
  publisher: text('publisher'),
  url: text('url'),
  file: text('file'),
  publishedOn: text('published_on'),
})
