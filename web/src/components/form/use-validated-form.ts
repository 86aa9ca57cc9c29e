import { useState } from 'react'
import type { z } from 'zod'
import { ApiError } from '../../lib/api-client.ts'
import { serverFieldErrors, validate, type FieldErrors } from '../../lib/form-errors.ts'
import { errorNotice, type Notice } from '../notice-line.tsx'
import type { SummaryItem } from './error-summary.tsx'

/**
 * The state every admin form needs: field errors from the contract's schema (before sending) or
 * from the server's 422 (after), the error summary's items, and the outcome notice.
 */
export function useValidatedForm<Field extends string>(
  idPrefix: string,
  labels: Readonly<Record<Field, string>>,
) {
  const [errors, setErrors] = useState<FieldErrors>({})
  const [attempt, setAttempt] = useState(0)
  const [notice, setNotice] = useState<Notice | null>(null)

  const showErrors = (next: FieldErrors) => {
    setErrors(next)
    setAttempt((n) => n + 1)
  }

  return {
    errors,
    attempt,
    notice,
    /** The parsed body, or null after showing what to fix. */
    check: <S extends z.ZodType>(schema: S, value: unknown): z.output<S> | null => {
      const result = validate(schema, value)
      if (result.ok) {
        setErrors({})
        return result.data
      }
      setNotice(null)
      showErrors(result.errors)
      return null
    },
    fail: (error: unknown) => {
      if (error instanceof ApiError && error.issues.some((i) => i.path))
        showErrors(serverFieldErrors(error.issues))
      setNotice(errorNotice(error))
    },
    succeed: (text: string) => {
      setErrors({})
      setNotice({ kind: 'success', text })
    },
    fieldId: (field: string) => `${idPrefix}-${field}`,
    /**
     * What ties a field to the form: its id (the summary links to it), its name in the form data, its
     * label and its error. Spread into a TextField or SelectField.
     */
    field: (field: Field) => ({
      id: `${idPrefix}-${field}`,
      name: field,
      label: labels[field],
      error: errors[field],
    }),
    summary: (): SummaryItem[] =>
      Object.entries(errors).map(([field, message]) => {
        const label = (labels as Readonly<Record<string, string>>)[field]
        return { fieldId: `${idPrefix}-${field}`, message: label ? `${label}: ${message}` : message }
      }),
  }
}
