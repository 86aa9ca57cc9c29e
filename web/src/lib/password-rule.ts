// The one password rule (`@ldld/db/password`) for the forms that set a password. Its dictionary of
// common passwords is large (~230 KB gzip), so it loads in a chunk of its own, when such a form first
// renders (the form suspends until then), never with the pages that merely share form components.
import { use } from 'react'
import type * as PasswordRuleModule from '@ldld/db/password'

type PasswordRule = typeof PasswordRuleModule

let loading: Promise<PasswordRule> | undefined

export function loadPasswordRule(): Promise<PasswordRule> {
  loading ??= import('@ldld/db/password')
  return loading
}

/** The rule, once loaded (suspends the calling component meanwhile). */
export function usePasswordRule(): PasswordRule {
  return use(loadPasswordRule())
}
