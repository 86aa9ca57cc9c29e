import { useState, type FormEvent } from 'react'
import { BULK_COLUMNS, BULK_MAX_ROWS } from '@ldld/db/contracts'
import { errorNotice, NoticeLine } from '../../../../components/notice-line.tsx'
import { ExportButtons } from '../../../../components/export-buttons.tsx'
import { useBulkPreview, useCreateBulkAccounts } from '../../api/bulk-accounts.ts'
import { BulkPreviewTable } from './bulk-preview-table.tsx'
import { BulkResult } from './bulk-result.tsx'
import { templateTable } from './bulk-tables.ts'

/**
 * Accounts in bulk: one officer per union from a CSV or Excel file. Upload → preview with every row's
 * problems → confirm → every account created (or none) with its one-time password shown once.
 */
export function BulkAccountsSection() {
  const preview = useBulkPreview()
  const create = useCreateBulkAccounts()
  const [fileError, setFileError] = useState<string | null>(null)
  const onUpload = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const file = new FormData(event.currentTarget).get('file')
    if (!(file instanceof File) || file.size === 0) {
      setFileError('Chọn tệp CSV hoặc Excel (.xlsx) trước khi xem trước.')
      return
    }
    setFileError(null)
    create.reset()
    preview.mutate(file)
  }
  const rows = preview.data?.rows ?? []
  const ready = preview.data !== undefined && preview.data.invalid === 0 && rows.length > 0
  return (
    <div className="bulk-accounts">
      <p>
        Tệp CSV hoặc Excel, dòng đầu là tên cột: <strong>{BULK_COLUMNS.unit}</strong>,{' '}
        <strong>{BULK_COLUMNS.displayName}</strong>, <strong>{BULK_COLUMNS.username}</strong>; mỗi dòng một
        cán bộ phụ trách một công đoàn (tối đa {BULK_MAX_ROWS} dòng). Chưa có tài khoản nào được tạo cho tới
        khi bạn xác nhận.
      </p>
      <div className="bulk-accounts__template">
        <p>Tệp mẫu để điền:</p>
        <ExportButtons table={templateTable} what="tệp mẫu" />
      </div>
      <form className="form" onSubmit={onUpload} noValidate>
        <div className={`form-field${fileError ? ' form-field--error' : ''}`}>
          <label htmlFor="bulk-file">Tệp danh sách tài khoản</label>
          {fileError && (
            <p id="bulk-file-error" className="form-field__error">
              <span aria-hidden="true">✗ </span>
              {fileError}
            </p>
          )}
          <input
            id="bulk-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={fileError ? 'bulk-file-error' : undefined}
            aria-invalid={fileError ? true : undefined}
            onChange={() => {
              preview.reset()
              create.reset()
            }}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={preview.isPending}>
            {preview.isPending ? 'Đang đọc tệp…' : 'Xem trước'}
          </button>
        </div>
      </form>
      <NoticeLine notice={preview.isError ? errorNotice(preview.error) : null} />
      {preview.data && !create.isSuccess && (
        <>
          <BulkPreviewTable preview={preview.data} />
          {!ready && (
            <p className="form-alert" role="alert">
              Chưa tạo được: {preview.data.invalid} dòng có lỗi. Sửa tệp rồi tải lên lại; không tài khoản nào
              được tạo.
            </p>
          )}
          <div className="form__actions">
            <button
              type="button"
              className="button"
              disabled={!ready || create.isPending}
              onClick={() =>
                create.mutate(
                  rows.map(({ row, unit, displayName, username }) => ({ row, unit, displayName, username })),
                )
              }
            >
              {create.isPending
                ? 'Đang tạo tài khoản…'
                : ready
                  ? `Xác nhận tạo ${preview.data.valid} tài khoản`
                  : 'Xác nhận tạo tài khoản'}
            </button>
          </div>
          <NoticeLine notice={create.isError ? errorNotice(create.error) : null} />
        </>
      )}
      {create.data && <BulkResult accounts={create.data.accounts} />}
    </div>
  )
}
