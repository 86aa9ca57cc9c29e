/** A one-time password the server made, shown once: the admin passes it on by another channel. */
export function OneTimePassword({ username, password }: { username: string; password: string }) {
  return (
    <div className="one-time-password" role="status">
      <p>
        Mật khẩu tạm của <strong>{username}</strong>:{' '}
        <code className="one-time-password__value" translate="no">
          {password}
        </code>
      </p>
      <p className="form-field__hint">
        Chỉ hiện một lần này: hãy ghi lại và trao tận tay người dùng. Người dùng phải đổi mật khẩu ở lần đăng
        nhập đầu tiên.
      </p>
    </div>
  )
}
