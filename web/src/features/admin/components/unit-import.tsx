import { useState, type FormEvent } from 'react'
import { UNIT_FILE_COLUMNS, type UnitImportMode, type UnitImportPreview } from '@ldld/db/contracts'
import { errorNotice, NoticeLine, type Notice } from '../../../components/notice-line.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { useApplyUnitImport, usePreviewUnitImport } from '../api/import-units.ts'
import { UnitImportPreviewView } from './unit-import-preview.tsx'

const LAYOUT = UNIT_FILE_COLUMNS.map((c) => c.heading).join(', ')

/**
 * "Nhập danh sách đơn vị": choose a CSV or XLSX, see what it would do (new, changed, ended,
 * unchanged, removed, and every refused row), then apply it in one go, or nothing at all.
 */
export function UnitImport() {
  const previewing = usePreviewUnitImport()
  const applying = useApplyUnitImport()
  const [input, setInput] = useState<{ file: File; mode: UnitImportMode } | null>(null)
  const [preview, setPreview] = useState<UnitImportPreview | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)

  const onPreview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const file = data.get('file')
    if (!(file instanceof File) || file.size === 0) {
      setNotice({ kind: 'error', text: 'Chọn tệp danh sách đơn vị (.csv hoặc .xlsx) trước.' })
      return
    }
    const mode: UnitImportMode = data.get('full') ? 'full' : 'merge'
    const next = { file, mode }
    setPreview(null)
    setNotice(null)
    previewing.mutate(next, {
      onSuccess: (result) => {
        setInput(next)
        setPreview(result)
      },
      onError: (error) => setNotice(errorNotice(error)),
    })
  }

  const onApply = () => {
    if (!input || !preview) return
    applying.mutate(
      { ...input, revision: preview.revision },
      {
        onSuccess: ({ counts }) => {
          setPreview(null)
          setNotice({
            kind: 'success',
            text:
              `Đã nhập danh sách đơn vị: ${counts.new} thêm mới, ${counts.changed} thay đổi, ` +
              `${counts.ended} kết thúc hoạt động, ${counts.removed} xóa, ${counts.unchanged} không đổi.`,
          })
        },
        onError: (error) => {
          // A stale preview must be made again: keep nothing of it on screen.
          if (error instanceof ApiError && error.code === 'stale_preview') setPreview(null)
          setNotice(errorNotice(error))
        },
      },
    )
  }

  return (
    <div className="unit-import">
      <p>
        Tệp CSV (UTF-8) hoặc Excel (.xlsx), dòng đầu là tiêu đề các cột: {LAYOUT}. Chấp nhận tiêu đề tiếng Anh
        (code, name, kind, admin type, parent, valid from, valid to, predecessors). Tải danh sách hiện có làm
        mẫu:{' '}
        <a href={apiPaths.unitExport('xlsx')} download>
          Excel
        </a>{' '}
        ·{' '}
        <a href={apiPaths.unitExport('csv')} download>
          CSV
        </a>
        .
      </p>
      <form className="form" onSubmit={onPreview} noValidate>
        <div className="form-field">
          <label htmlFor="unit-import-file">Tệp danh sách đơn vị</label>
          <input id="unit-import-file" name="file" type="file" accept=".csv,.xlsx,text/csv" />
        </div>
        <label className="check">
          <input type="checkbox" name="full" /> Tệp là danh sách đầy đủ: xóa các đơn vị không có trong tệp
        </label>
        <div className="form__actions">
          <button type="submit" className="button" disabled={previewing.isPending}>
            Xem trước
          </button>
        </div>
      </form>
      {preview && <UnitImportPreviewView preview={preview} onApply={onApply} applying={applying.isPending} />}
      <NoticeLine notice={notice} />
    </div>
  )
}
