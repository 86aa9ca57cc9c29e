import { useState, type ChangeEvent, type FormEvent } from 'react'
import { EXTRACT_MAX_CHARS, type Organisation } from '@ldld/db/contracts'
import { formatNumber } from '@ldld/db/format'
import { SelectField } from '../../../components/form/select-field.tsx'
import { federationName } from '../../../lib/org-names.ts'
import { ACCEPT_FILES, readReportFile } from '../model/read-file.ts'

export interface Source {
  text: string
  unit: string
  year: string
}

interface SourceFormProps {
  source: Source
  onChange: (source: Source) => void
  onSubmit: () => void
  busy: boolean
  /** A district officer reads for their own unit only. */
  fixedUnit: Organisation | null
  units: readonly Organisation[]
  years: readonly number[]
}

/** Paste the report text or open a .txt/.docx, choose the unit and year, read. */
export function SourceForm({ source, onChange, onSubmit, busy, fixedUnit, units, years }: SourceFormProps) {
  const [fileMessage, setFileMessage] = useState<string | null>(null)
  const tooLong = source.text.length > EXTRACT_MAX_CHARS
  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    setFileMessage(`Đang mở “${file.name}”…`)
    const read = await readReportFile(file)
    if (read.ok) {
      onChange({ ...source, text: read.text })
      setFileMessage(`Đã mở “${file.name}” (${formatNumber(read.text.length)} ký tự).`)
    } else setFileMessage(read.message)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!tooLong && source.text.trim() !== '') onSubmit()
  }
  return (
    <form className="extract-source" onSubmit={submit}>
      <div className="extract-source__context">
        {fixedUnit ? (
          <p>
            Đơn vị: <strong>{federationName(fixedUnit)}</strong>
          </p>
        ) : (
          <SelectField
            id="extract-unit"
            label="Đơn vị"
            value={source.unit}
            placeholder="— Theo văn bản —"
            onChange={(e) => onChange({ ...source, unit: e.target.value })}
            options={units.map((u) => ({ value: u.code, label: federationName(u) }))}
          />
        )}
        <SelectField
          id="extract-year"
          label="Năm báo cáo"
          value={source.year}
          placeholder="— Theo văn bản —"
          onChange={(e) => onChange({ ...source, year: e.target.value })}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </div>
      <div className={`form-field${tooLong ? ' form-field--error' : ''}`}>
        <label htmlFor="extract-text">Văn bản báo cáo</label>
        <p id="extract-text-hint" className="form-field__hint">
          Dán đoạn văn hoặc cả báo cáo; số liệu được đọc trên máy chủ của hệ thống, không gửi ra ngoài.{' '}
          {formatNumber(source.text.length)}/{formatNumber(EXTRACT_MAX_CHARS)} ký tự.
        </p>
        {tooLong && (
          <p className="form-field__error" role="alert">
            Văn bản dài quá {formatNumber(EXTRACT_MAX_CHARS)} ký tự; hãy chia thành nhiều phần.
          </p>
        )}
        <textarea
          id="extract-text"
          rows={10}
          value={source.text}
          aria-describedby="extract-text-hint"
          aria-invalid={tooLong ? true : undefined}
          onChange={(e) => onChange({ ...source, text: e.target.value })}
        />
      </div>
      <div className="form-field">
        <label htmlFor="extract-file">Hoặc mở tệp .txt, .docx</label>
        <input id="extract-file" type="file" accept={ACCEPT_FILES} onChange={(e) => void openFile(e)} />
        {fileMessage && (
          <p className="form-field__hint" role="status">
            {fileMessage}
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={busy || tooLong || source.text.trim() === ''}>
        {busy ? 'Đang đọc…' : 'Đọc số liệu'}
      </button>
    </form>
  )
}
