// Sign-in messages a user reads: missing fields, wrong password, too many attempts, no network.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '../../../test/render.tsx'
import { signedInDistrict, stubFetch } from '../../../test/write-fixtures.ts'
import { SignInForm } from './sign-in-form.tsx'

afterEach(() => vi.unstubAllGlobals())

async function signIn(password = 'demo1234') {
  const user = userEvent.setup()
  renderWithProviders(<SignInForm next="/entry/007/2024" />)
  await user.type(screen.getByLabelText('Tên đăng nhập'), 'd007')
  await user.type(screen.getByLabelText('Mật khẩu'), password)
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }))
}

describe('sign-in form', () => {
  it('lists missing fields in a summary that links to them', async () => {
    const user = userEvent.setup()
    renderWithProviders(<SignInForm next="/" />)
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }))
    expect(screen.getByRole('link', { name: 'Thiếu tên đăng nhập.' }).getAttribute('href')).toBe('#username')
    expect(screen.getByRole('link', { name: 'Thiếu mật khẩu.' }).getAttribute('href')).toBe('#password')
    expect(screen.getByLabelText('Mật khẩu').getAttribute('aria-invalid')).toBe('true')
  })

  it('says the name or password is wrong on 401', async () => {
    const { fetchStub } = stubFetch(() => [
      401,
      { error: { code: 'invalid_credentials', message: 'Sai tên đăng nhập hoặc mật khẩu.' } },
    ])
    vi.stubGlobal('fetch', fetchStub)
    await signIn('sai-mat-khau')
    expect((await screen.findByRole('alert')).textContent).toBe('Tên đăng nhập hoặc mật khẩu không đúng.')
  })

  it('says how long to wait after too many attempts (Retry-After)', async () => {
    const body = { error: { code: 'too_many_attempts', message: 'Quá nhiều lần.' } }
    vi.stubGlobal('fetch', stubFetch(() => [429, body, { 'retry-after': '120' }]).fetchStub)
    await signIn()
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 2 phút.',
    )
  })

  it('many sign-ins at once from one office address: says to retry in a moment, not that it is locked', async () => {
    const message = 'Đang có nhiều lượt đăng nhập cùng lúc từ địa chỉ này. Vui lòng thử lại sau vài giây.'
    const body = { error: { code: 'sign_in_busy', message } }
    vi.stubGlobal('fetch', stubFetch(() => [429, body, { 'retry-after': '1' }]).fetchStub)
    await signIn()
    expect((await screen.findByRole('alert')).textContent).toBe(message)
  })

  it('says the server cannot be reached when the network fails', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
    await signIn()
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.',
    )
  })

  it('signs in with the lower-cased name', async () => {
    const { fetchStub, calls } = stubFetch(() => [200, signedInDistrict])
    vi.stubGlobal('fetch', fetchStub)
    await signIn()
    await vi.waitFor(() => expect(calls[0]?.body).toEqual({ username: 'd007', password: 'demo1234' }))
    expect(calls[0]?.path).toBe('/api/auth/login')
  })
})
