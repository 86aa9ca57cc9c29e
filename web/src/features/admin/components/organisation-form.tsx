import { useState, type FormEvent } from 'react'
import {
  ADMIN_TYPE_LABELS,
  ADMIN_TYPES,
  CITY_CODE,
  createOrganisationBodySchema,
  ORG_KIND_LABELS,
  ORG_KINDS,
  unitFullName,
  type Organisation,
} from '@ldld/db/contracts'
import { ErrorSummary } from '../../../components/form/error-summary.tsx'
import { SelectField } from '../../../components/form/select-field.tsx'
import { TextField } from '../../../components/form/text-field.tsx'
import { useValidatedForm } from '../../../components/form/use-validated-form.ts'
import { NoticeLine } from '../../../components/notice-line.tsx'
import { useCreateOrganisation } from '../api/create-organisation.ts'

const LABELS = {
  code: 'Mã đơn vị',
  name: 'Tên ngắn',
  kind: 'Loại đơn vị',
  adminType: 'Cấp hành chính',
  parentCode: 'Đơn vị cấp trên',
  validFrom: 'Hoạt động từ ngày',
  validTo: 'Đến ngày',
}
/** The full name the server will derive, shown as the administrator types (never typed itself). */
function derivedName(data: Record<string, string>): string {
  const kind = ORG_KINDS.find((k) => k === data.kind) ?? 'ward'
  const adminType = ADMIN_TYPES.find((t) => t === data.adminType) ?? null
  const name = data.name?.trim() ?? ''
  return name ? unitFullName({ name, kind, adminType }) : ''
}

/** A new unit with its validity period and parent: the 2025 ward and commune unions (domain.md §3). */
export function OrganisationForm({ parents }: { parents: readonly Organisation[] }) {
  const create = useCreateOrganisation()
  const form = useValidatedForm('org', LABELS)
  const [fullName, setFullName] = useState('')
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const element = event.currentTarget
    const data = Object.fromEntries(new FormData(element)) as Record<string, string>
    const body = form.check(createOrganisationBodySchema, {
      ...data,
      adminType: data.adminType || null,
      parentCode: data.parentCode || null,
      validTo: data.validTo || null,
    })
    if (!body) return
    create.mutate(body, {
      onSuccess: (created) => {
        element.reset()
        setFullName('')
        form.succeed(`Đã thêm đơn vị ${created.fullName} (mã ${created.code}).`)
      },
      onError: form.fail,
    })
  }
  return (
    <form
      className="form"
      onSubmit={onSubmit}
      onChange={(event) =>
        setFullName(
          derivedName(Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>),
        )
      }
      noValidate
    >
      <ErrorSummary items={form.summary()} attempt={form.attempt} title="Chưa thêm được đơn vị" />
      <fieldset className="form__group">
        <legend>Thêm đơn vị</legend>
        <div className="form__row">
          <TextField
            {...form.field('code')}
            hint="Ví dụ mã phường, xã của Tổng cục Thống kê."
            autoComplete="off"
          />
          <TextField {...form.field('name')} hint="Ví dụ: Hai Bà Trưng" />
        </div>
        <p className="form-field__hint" aria-live="polite">
          Tên đầy đủ (tự đặt theo loại đơn vị): <strong>{fullName || '—'}</strong>
        </p>
        <div className="form__row">
          <SelectField
            {...form.field('kind')}
            options={ORG_KINDS.map((k) => ({ value: k, label: ORG_KIND_LABELS[k] }))}
            defaultValue="ward"
          />
          <SelectField
            {...form.field('adminType')}
            placeholder="(Không có)"
            options={ADMIN_TYPES.map((t) => ({ value: t, label: ADMIN_TYPE_LABELS[t] }))}
          />
          <SelectField
            {...form.field('parentCode')}
            placeholder="(Không có)"
            options={parents.map((p) => ({ value: p.code, label: `${p.fullName} (${p.code})` }))}
            defaultValue={CITY_CODE}
          />
        </div>
        <div className="form__row">
          <TextField {...form.field('validFrom')} type="date" defaultValue="2025-10-01" />
          <TextField {...form.field('validTo')} type="date" hint="Để trống nếu còn hoạt động." />
        </div>
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          Thêm đơn vị
        </button>
      </div>
      <NoticeLine notice={form.notice} />
    </form>
  )
}
