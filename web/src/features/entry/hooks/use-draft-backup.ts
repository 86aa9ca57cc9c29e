import { useEffect, useState } from 'react'
import { isDirty } from '../model/drafts.ts'
import { clearDrafts, readDraft, writeDraft, type StoredDraft } from '../model/draft-storage.ts'
import type { EntryForm } from './use-entry-form.ts'

/**
 * Keeps unsaved edits in localStorage while the form is dirty, and on opening offers a draft left
 * for this very version ("Khôi phục bản nháp chưa lưu?").
 */
export function useDraftBackup({ state, dirty, dispatch }: EntryForm) {
  const { unit, year, version } = state.base
  const [offer, setOffer] = useState<StoredDraft | null>(() => {
    const stored = readDraft(unit, year, version)
    return stored && isDirty(state.base, { ...state.drafts, ...stored.drafts }) ? stored : null
  })

  useEffect(() => {
    if (offer) return // keep the stored copy until the user has answered
    if (dirty) writeDraft(unit, year, version, state.drafts)
    else clearDrafts(unit, year)
  }, [offer, dirty, unit, year, version, state.drafts])

  return {
    offer,
    restore: () => {
      if (offer) dispatch({ type: 'restore', drafts: offer.drafts })
      setOffer(null)
    },
    discard: () => {
      clearDrafts(unit, year)
      setOffer(null)
    },
  }
}
