import { asc, inArray, sql } from 'drizzle-orm'
import type { Db } from '@ldld/db/client'
import type { Source } from '@ldld/db/contracts'
import { sources } from '@ldld/db/schema'

export function createSourceRepository(db: Db) {
  // The id list travels as one JSON parameter so the statement is prepared once for any length.
  const byIds = db
    .select({
      id: sources.id,
      kind: sources.kind,
      title: sources.title,
      publisher: sources.publisher,
      url: sources.url,
      file: sources.file,
      publishedOn: sources.publishedOn,
    })
    .from(sources)
    .where(inArray(sources.id, sql`(select value from json_each(${sql.placeholder('ids')}))`))
    .orderBy(asc(sources.id))
    .prepare()

  const idBySlug = db
    .select({ id: sources.id })
    .from(sources)
    .where(sql`${sources.slug} = ${sql.placeholder('slug')}`)
    .prepare()

  return {
    /** A source's id by its slug (e.g. "src-004"), or null when this database does not hold it. */
    idOf(slug: string): number | null {
      return idBySlug.get({ slug })?.id ?? null
    },
    /** The sources behind a set of figures, by id. */
    byIds(ids: Iterable<number>): Source[] {
      const list = [...new Set(ids)]
      return list.length === 0 ? [] : byIds.all({ ids: JSON.stringify(list) })
    },
  }
}

export type SourceRepository = ReturnType<typeof createSourceRepository>
