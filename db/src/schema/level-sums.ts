import { sqliteTable, integer, text, primaryKey } from 'drizzle-orm/sqlite-core'

// What a level's totals add, kept by the database itself (issue 8): the figures of one parent's
// children in one year, in classes of children alike for a total, their amounts summed. Triggers on
// figures, reports and organisations (migration 0008) keep it equal to the view
// `level_contributions` summed, in the same transaction as every write (saves, accepts, imports,
// restore, seed, unit changes, even a hand-written SQL), so no read adds thousands of figures.
// `k` packs what tells the class apart besides indicator and kind (see `LEVEL_BITS` in
// server/src/repositories/figures.ts). A class whose units fell to 0 may stay, with units = 0.
export const levelSums = sqliteTable(
  'level_sums',
  {
    parentId: integer('parent_id').notNull(),
    year: integer('year').notNull(),
    indicatorKey: text('indicator_key').notNull(),
    kind: text('kind').notNull(),
    k: integer('k').notNull(),
    units: integer('units').notNull(),
    actual: integer('actual'),
    target: integer('target'),
    previous: integer('previous'),
  },
  (t) => [primaryKey({ columns: [t.parentId, t.year, t.indicatorKey, t.kind, t.k] })],
)
