// What the app shell and routes may use from the auth feature. The sign-in form has its own entry
// (sign-in.ts) so it loads with its lazy route, not with every page.
export { adoptSession, meQuery, useMe } from './api/get-me.ts'
export { RequireRole } from './components/require-role.tsx'
export { UserMenu } from './components/user-menu.tsx'
export { WorkLinks } from './components/work-links.tsx'
export {
  CAN_ADMINISTER,
  CAN_IMPORT,
  CAN_READ_REPORT_TEXT,
  CAN_REVIEW,
  CAN_SET_TARGETS,
  safeNext,
} from './roles.ts'
export { useUnauthorizedRedirect } from './hooks/use-unauthorized-redirect.ts'
export { usePasswordChangeRedirect } from './hooks/use-password-change-redirect.ts'
