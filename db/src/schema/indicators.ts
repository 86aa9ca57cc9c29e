import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core'
import { MEASURES, UNIT_KINDS } from '../contracts/enums.ts'

// Indicators are rows, not an enum: the city's list of targets changes between years
// (Hanoi added new_unions_25plus in 2024), and an administrator adds them.
export const indicators = sqliteTable('indicators', {
  key: text('key').primaryKey(),
  nameVi: text('name_vi').notNull(),
  shortNameVi: text('short_name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  unitKind: text('unit_kind', { enum: UNIT_KINDS }).notNull(),
  unitLabel: text('unit_label').notNull(),
  measure: text('measure', { enum: MEASURES }).notNull(),
  takesTarget: integer('takes_target', { mode: 'boolean' }).notNull(),
  higherIsBetter: integer('higher_is_better', { mode: 'boolean' }).notNull().default(true),
  headline: integer('headline', { mode: 'boolean' }).notNull().default(false),
  firstYear: integer('first_year'),
  // Last year of the city's plan that lists it (null: still listed).
  lastYear: integer('last_year'),
  sortOrder: integer('sort_order').notNull().default(0),
})
