// What a 409 answer means, by its shape: someone saved the report first, the target grid moved on,
// or cells changed since an import's preview. Loaded by the API client on the first conflict only.
import { conflictErrorSchema, importConflictSchema, targetsConflictErrorSchema } from '@ldld/db/contracts'
import { ConflictError, ImportConflictError, TargetsConflictError, type ApiError } from './api-client.ts'

export function conflictOf(body: unknown): ApiError | null {
  const conflict = conflictErrorSchema.safeParse(body)
  if (conflict.success) return new ConflictError(conflict.data.error.message, conflict.data.error.current)
  const imported = importConflictSchema.safeParse(body)
  if (imported.success) return new ImportConflictError(imported.data.error.message, imported.data.error.cells)
  const grid = targetsConflictErrorSchema.safeParse(body)
  if (grid.success)
    return new TargetsConflictError(grid.data.error.message, grid.data.error.current, grid.data.error.units)
  return null
}
