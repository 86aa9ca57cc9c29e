import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core'
import { ADMIN_TYPES, ORG_KINDS } from '../contracts/enums.ts'

// A unit has a parent and a validity period: the 30 district federations end on 2025-06-30 and the
// 84 ward/commune unions start on 2025-10-01, so nothing may assume the list of units is fixed.
export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    kind: text('kind', { enum: ORG_KINDS }).notNull(),
    adminType: text('admin_type', { enum: ADMIN_TYPES }),
    parentId: integer('parent_id'),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  // A level's children in display order straight from the index (issue 8: 3.321 children of one
  // parent were sorted on every cold read).
  (t) => [index('organisations_children_idx').on(t.parentId, t.sortOrder, t.code)],
)
