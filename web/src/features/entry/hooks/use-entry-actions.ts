import { useState } from 'react'
import type { Report } from '@ldld/db/contracts'
import { errorNotice, type Notice } from '../../../components/notice-line.tsx'
import { ConflictError } from '../../../lib/api-client.ts'
import { formatTime } from '../../../lib/date-time.ts'
import { useAcceptReport } from '../api/accept-report.ts'
import { useReturnReport } from '../api/return-report.ts'
import { useSaveReport } from '../api/save-report.ts'
import { useSubmitReport } from '../api/submit-report.ts'
import { useUnlockReport } from '../api/unlock-report.ts'
import { changesOf } from '../model/drafts.ts'
import { formReducer, type FormState } from '../model/form-state.ts'
import type { EntryForm } from './use-entry-form.ts'

/** Save, submit and the city's decisions; a 409 on any of them opens the conflict panel. */
export function useEntryActions(form: EntryForm) {
  const { unit, year } = form.state.base
  const save = useSaveReport(unit, year)
  const submit = useSubmitReport(unit, year)
  const accept = useAcceptReport(unit, year)
  const giveBack = useReturnReport(unit, year)
  const unlock = useUnlockReport(unit, year)
  const [conflict, setConflict] = useState<Report | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [attempt, setAttempt] = useState(0)

  const run = async (action: () => Promise<Report>, done: string): Promise<Report | null> => {
    try {
      const report = await action()
      form.dispatch({ type: 'rebase', report })
      setNotice({ kind: 'success', text: done })
      return report
    } catch (error) {
      if (error instanceof ConflictError) {
        setConflict(error.current)
        setNotice(null)
      } else setNotice(errorNotice(error))
      return null
    }
  }

  /** Saves what changed in `state`; resolves to the report to build on, or null when it did not save. */
  const saveState = async (state: FormState, quiet = false): Promise<Report | null> => {
    if (form.errors.length > 0) {
      setAttempt((n) => n + 1)
      setNotice({ kind: 'error', text: 'Chưa lưu: còn lỗi ở các ô nêu trong danh sách bên trên.' })
      return null
    }
    const values = changesOf(state.base, state.drafts)
    if (values.length === 0) {
      if (!quiet) setNotice({ kind: 'success', text: 'Không có thay đổi nào cần lưu.' })
      return state.base
    }
    const body = { version: state.base.version, values }
    return run(() => save.mutateAsync(body), `Đã lưu nháp lúc ${formatTime(new Date())}.`)
  }

  return {
    conflict,
    notice,
    attempt,
    busy: save.isPending || submit.isPending || accept.isPending || giveBack.isPending || unlock.isPending,
    saveDraft: () => void saveState(form.state),
    submit: async () => {
      const saved = await saveState(form.state, true)
      if (saved) await run(() => submit.mutateAsync(saved.version), 'Đã gửi báo cáo lên LĐLĐ Thành phố.')
    },
    accept: () =>
      run(() => accept.mutateAsync(form.state.base.version), 'Đã duyệt báo cáo. Số liệu đã được khóa.'),
    giveBack: (reason: string) =>
      run(
        () => giveBack.mutateAsync({ version: form.state.base.version, reason }),
        'Đã trả lại báo cáo cho đơn vị.',
      ),
    unlock: (reason: string) =>
      run(
        () => unlock.mutateAsync({ version: form.state.base.version, reason }),
        'Đã mở khóa báo cáo để sửa.',
      ),
    keepMine: () => {
      if (!conflict) return
      const next = formReducer(form.state, { type: 'rebase', report: conflict })
      form.dispatch({ type: 'rebase', report: conflict })
      setConflict(null)
      void saveState(next)
    },
    takeTheirs: () => {
      if (conflict) form.dispatch({ type: 'reset', report: conflict })
      setConflict(null)
      setNotice({ kind: 'success', text: 'Đã lấy bản hiện tại trên máy chủ.' })
    },
  }
}

export type EntryActions = ReturnType<typeof useEntryActions>
