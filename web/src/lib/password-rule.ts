// The one password rule (`@ldld/db/password`) for the forms that set a password. Its dictionary of
// common passwords is large (~230 KB gzip), so it loads in a chunk of its own: when the reader first
// goes to a password field, or at the latest when the form is sent. The form itself shows at once,
// with the hint (`PASSWORD_HINT` in the contracts), and nothing moves when the rule arrives.
import type * as PasswordRuleModule from '@ldld/db/password'

export type PasswordRule = typeof PasswordRuleModule

let loading: Promise<PasswordRule> | undefined

export function loadPasswordRule(): Promise<PasswordRule> {
  loading ??= import('@ldld/db/password')
  return loading
}

/** Starts loading the rule (a password field's focus): it is usually there by the time it is sent. */
export function preloadPasswordRule(): void {
  void loadPasswordRule()
}
