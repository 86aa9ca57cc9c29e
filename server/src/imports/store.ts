// Previews kept on the server until applied or expired: bound to the user who made them, so an id
// seen by someone else applies nothing. In memory: a restart only asks for the file again.
import { randomBytes } from 'node:crypto'
import { IMPORT_PREVIEW_TTL_MINUTES, type ImportPreview } from '@ldld/db/contracts'
import { HttpError } from '../errors.ts'
import type { Workbook } from '../files/read-table.ts'
import type { PlannedReport } from './preview.ts'

export interface StoredPreview {
  userId: number
  expires: number
  preview: ImportPreview
  plan: PlannedReport[]
  /** A sheet in another layout is kept to be read again with the corrected mapping. */
  workbook: Workbook | null
}

/** Previews one user may hold at once (the oldest goes first). */
const PER_USER = 5
/** Previews the whole server holds at once. */
const TOTAL = 200

export function createPreviewStore(now: () => number = Date.now) {
  const previews = new Map<string, StoredPreview>()

  function sweep(): void {
    const t = now()
    for (const [id, p] of previews) if (p.expires <= t) previews.delete(id)
  }

  return {
    put(userId: number, make: (id: string, expiresAt: string) => Omit<StoredPreview, 'userId' | 'expires'>) {
      sweep()
      const mine = [...previews.entries()].filter(([, p]) => p.userId === userId)
      for (const [id] of mine.slice(0, Math.max(0, mine.length - PER_USER + 1))) previews.delete(id)
      while (previews.size >= TOTAL) previews.delete(previews.keys().next().value as string)
      const id = randomBytes(12).toString('hex')
      const expires = now() + IMPORT_PREVIEW_TTL_MINUTES * 60_000
      const stored = { ...make(id, new Date(expires).toISOString()), userId, expires }
      previews.set(id, stored)
      return stored
    },
    /** The user's preview, or a 404 (another user's id reads as unknown). */
    get(userId: number, id: string): StoredPreview {
      sweep()
      const p = previews.get(id)
      if (!p || p.userId !== userId) {
        throw new HttpError(
          404,
          'import_not_found',
          `Bản xem trước đã hết hạn (sau ${IMPORT_PREVIEW_TTL_MINUTES} phút) hoặc không phải của bạn; hãy tải tệp lên lại.`,
        )
      }
      return p
    },
    delete(id: string): void {
      previews.delete(id)
    },
  }
}

export type PreviewStore = ReturnType<typeof createPreviewStore>
