import { useEffect, useMemo, useState } from 'react'
import { useInBrowser } from '../../../lib/use-in-browser.ts'
import { isDirty } from '../model/drafts.ts'
import { clearDrafts, readDraft, writeDraft, type StoredDraft } from '../model/draft-storage.ts'
import type { EntryForm } from './use-entry-form.ts'

/**
 * Keeps unsaved edits in localStorage while the form is dirty, and on opening offers a draft left
 * for this very version ("Khôi phục bản nháp chưa lưu?").
 */
export function useDraftBackup({ state, dirty, dispatch }: EntryForm) {
  const { unit, year, version } = state.base
  // The browser's storage is read after the first render: a page drawn on the server (which has no
  // storage) and the browser's first render are then the same page; the offer follows at once.
  const inBrowser = useInBrowser()
  const [answered, setAnswered] = useState(false)
  const [opened] = useState(state)
  const stored = useMemo<StoredDraft | null>(() => {
    if (!inBrowser) return null
    const draft = readDraft(unit, year, version)
    return draft && isDirty(opened.base, { ...opened.drafts, ...draft.drafts }) ? draft : null
  }, [inBrowser, unit, year, version, opened])
  const offer = answered ? null : stored

  useEffect(() => {
    // Not read yet, or kept until the user has answered.
    if (!inBrowser || offer) return
    if (dirty) writeDraft(unit, year, version, state.drafts)
    else clearDrafts(unit, year)
  }, [inBrowser, offer, dirty, unit, year, version, state.drafts])

  return {
    offer,
    restore: () => {
      if (offer) dispatch({ type: 'restore', drafts: offer.drafts })
      setAnswered(true)
    },
    discard: () => {
      clearDrafts(unit, year)
      setAnswered(true)
    },
  }
}
