import type { FormEvent } from 'react'
import { createIndicatorBodySchema } from '@ldld/db/contracts'
import { ErrorSummary } from '../../../components/form/error-summary.tsx'
import { SelectField } from '../../../components/form/select-field.tsx'
import { TextField } from '../../../components/form/text-field.tsx'
import { useValidatedForm } from '../../../components/form/use-validated-form.ts'
import { NoticeLine } from '../../../components/notice-line.tsx'
import { formText } from '../../../lib/form-errors.ts'
import { useCreateIndicator } from '../api/create-indicator.ts'

const LABELS = {
  key: 'Mã chỉ tiêu',
  nameVi: 'Tên đầy đủ',
  shortNameVi: 'Tên ngắn',
  nameEn: 'Tên tiếng Anh',
  unitKind: 'Loại số',
  unitLabel: 'Đơn vị tính',
  measure: 'Cách tính',
  firstYear: 'Áp dụng từ năm',
}
const UNIT_KIND_OPTIONS = [
  { value: 'count', label: 'Số lượng' },
  { value: 'money', label: 'Tiền (đồng)' },
]
const MEASURE_OPTIONS = [
  { value: 'flow', label: 'Phát sinh trong năm (cộng dồn cả năm)' },
  { value: 'stock', label: 'Số tại thời điểm (chốt cuối kỳ)' },
]

/** A new chỉ tiêu in the plan from a given year (Hanoi added "CĐCS từ 25 đoàn viên" in 2024). */
export function IndicatorForm({ defaultYear }: { defaultYear: number }) {
  const create = useCreateIndicator()
  const form = useValidatedForm('indicator', LABELS)
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const element = event.currentTarget
    const data = new FormData(element)
    const text = (name: string) => formText(data, name)
    const year = text('firstYear').trim()
    const body = form.check(createIndicatorBodySchema, {
      ...Object.fromEntries(
        ['key', 'nameVi', 'shortNameVi', 'nameEn', 'unitKind', 'unitLabel', 'measure'].map((n) => [
          n,
          text(n),
        ]),
      ),
      firstYear: /^\d{4}$/.test(year) ? Number(year) : year,
      takesTarget: data.get('takesTarget') === 'on',
      higherIsBetter: data.get('higherIsBetter') === 'on',
      headline: data.get('headline') === 'on',
    })
    if (!body) return
    create.mutate(body, {
      onSuccess: () => {
        element.reset()
        form.succeed(`Đã thêm chỉ tiêu “${body.shortNameVi}” từ năm ${body.firstYear}.`)
      },
      onError: form.fail,
    })
  }
  const field = (name: keyof typeof LABELS, hint?: string) => (
    <TextField {...form.field(name)} hint={hint} autoComplete="off" />
  )
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary items={form.summary()} attempt={form.attempt} title="Chưa thêm được chỉ tiêu" />
      <fieldset className="form__group">
        <legend>Thêm chỉ tiêu vào kế hoạch năm</legend>
        <div className="form__row">
          {field('key', 'Chữ thường không dấu, số, gạch dưới; ví dụ new_unions_25plus.')}
          <TextField {...form.field('firstYear')} inputMode="numeric" defaultValue={String(defaultYear)} />
        </div>
        {field('nameVi', 'Ví dụ: CĐCS thành lập mới có từ 25 đoàn viên trở lên.')}
        <div className="form__row">
          {field('shortNameVi')}
          {field('nameEn')}
        </div>
        <div className="form__row">
          <SelectField {...form.field('unitKind')} options={UNIT_KIND_OPTIONS} />
          {field('unitLabel', 'Ví dụ: CĐCS, đoàn viên, người, bản, đồng.')}
          <SelectField {...form.field('measure')} options={MEASURE_OPTIONS} />
        </div>
        <label className="check">
          <input type="checkbox" name="takesTarget" defaultChecked /> Có giao chỉ tiêu cho đơn vị
        </label>
        <label className="check">
          <input type="checkbox" name="higherIsBetter" defaultChecked /> Càng cao càng tốt
        </label>
        <label className="check">
          <input type="checkbox" name="headline" /> Hiện trên thẻ tổng quan
        </label>
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          Thêm chỉ tiêu
        </button>
      </div>
      <NoticeLine notice={form.notice} />
    </form>
  )
}
