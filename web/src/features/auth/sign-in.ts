// The sign-in page's part of the auth feature, loaded with its lazy route.
export { SignInForm } from './components/sign-in-form.tsx'
