// The "Đổi mật khẩu" page's part of the auth feature, loaded with its lazy route (it carries the
// password rule's dictionary of common passwords).
export { ChangePasswordForm } from './components/change-password-form.tsx'
