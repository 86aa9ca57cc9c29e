// A copy of unsaved edits in this browser, so a reload or a closed tab loses nothing. Keyed by unit,
// year and the report version the edits were based on: a draft of an older version is not offered
// (the server moved on; restoring it would silently undo someone else's change).
import type { Drafts } from './drafts.ts'

const PREFIX = 'ldld.entry-draft'

export interface StoredDraft {
  drafts: Drafts
  savedAt: string
}

function keyOf(unit: string, year: number, version: number): string {
  return `${PREFIX}.${unit}.${year}.v${version}`
}

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null // storage disabled (private mode, policy): drafts are simply not kept
  }
}

export function readDraft(unit: string, year: number, version: number): StoredDraft | null {
  const raw = storage()?.getItem(keyOf(unit, year, version))
  if (!raw) return null
  try {
    const parsed = JSON.parse(raw) as Partial<StoredDraft>
    return parsed.drafts && typeof parsed.savedAt === 'string'
      ? { drafts: parsed.drafts, savedAt: parsed.savedAt }
      : null
  } catch {
    return null
  }
}

export function writeDraft(unit: string, year: number, version: number, drafts: Drafts): void {
  try {
    storage()?.setItem(
      keyOf(unit, year, version),
      JSON.stringify({ drafts, savedAt: new Date().toISOString() }),
    )
  } catch {
    // quota exceeded: the server copy is still there; nothing else to do
  }
}

/** Forget the drafts of this unit and year, except the one of `keepVersion`. */
export function clearDrafts(unit: string, year: number, keepVersion?: number): void {
  const store = storage()
  if (!store) return
  const prefix = `${PREFIX}.${unit}.${year}.v`
  const keep = keepVersion === undefined ? null : keyOf(unit, year, keepVersion)
  const keys: string[] = []
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i)
    if (key?.startsWith(prefix) && key !== keep) keys.push(key)
  }
  for (const key of keys) store.removeItem(key)
}
