import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { Targets } from '@ldld/db/contracts'
import { errorNotice, type Notice } from '../../../components/notice-line.tsx'
import { ApiError, TargetsConflictError } from '../../../lib/api-client.ts'
import { formatTime } from '../../../lib/date-time.ts'
import { targetsQuery } from '../api/get-targets.ts'
import { useSaveTargets } from '../api/save-targets.ts'
import { changesOf, type KindOf } from '../model/grid.ts'
import { gridReducer, type GridState } from '../model/grid-state.ts'
import type { TargetsGrid } from './use-targets-grid.ts'

/** Save with the versions read; on 409 fetch the grid as it is now and let the user choose. */
export function useTargetsSave(year: number, grid: TargetsGrid, kindOf: KindOf) {
  const client = useQueryClient()
  const save = useSaveTargets(year)
  const [conflict, setConflict] = useState<Targets | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [attempt, setAttempt] = useState(0)

  const saveState = async (state: GridState) => {
    if (grid.problems.size > 0) {
      setAttempt((n) => n + 1)
      setNotice({ kind: 'error', text: 'Chưa lưu: còn ô không đọc được thành số (xem danh sách bên trên).' })
      return
    }
    const values = changesOf(state.base, state.texts, kindOf)
    if (values.length === 0) return setNotice({ kind: 'success', text: 'Không có thay đổi nào cần lưu.' })
    const versions = Object.fromEntries(
      [...new Set(values.map((v) => v.unit))].map((u) => [u, state.base.reports[u]?.version ?? 0]),
    )
    try {
      const saved = await save.mutateAsync({ versions, values })
      grid.dispatch({ type: 'rebase', targets: saved })
      setNotice({ kind: 'success', text: `Đã lưu ${values.length} chỉ tiêu lúc ${formatTime(new Date())}.` })
    } catch (error) {
      if (error instanceof TargetsConflictError) {
        setConflict(error.current)
        setNotice(null)
      } else if (error instanceof ApiError && error.status === 409) {
        setConflict(await client.fetchQuery(targetsQuery(year)))
        setNotice(null)
      } else setNotice(errorNotice(error))
    }
  }

  return {
    conflict,
    notice,
    attempt,
    busy: save.isPending,
    save: () => void saveState(grid.state),
    keepMine: () => {
      if (!conflict) return
      const next = gridReducer(kindOf)(grid.state, { type: 'rebase', targets: conflict })
      grid.dispatch({ type: 'rebase', targets: conflict })
      setConflict(null)
      void saveState(next)
    },
    takeTheirs: () => {
      if (conflict) grid.dispatch({ type: 'reset', targets: conflict })
      setConflict(null)
      setNotice({ kind: 'success', text: 'Đã lấy bảng chỉ tiêu hiện tại trên máy chủ.' })
    },
  }
}
