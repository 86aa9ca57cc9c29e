import { errorNotice, NoticeLine } from '../../../components/notice-line.tsx'
import { QueryState } from '../../../components/query-state.tsx'
import { useSettings } from '../api/get-settings.ts'
import { useSaveSettings } from '../api/save-settings.ts'

/** Whether anyone may read the dashboard without signing in. Writing always needs an account. */
export function PublicReadSwitch() {
  const settings = useSettings()
  const save = useSaveSettings()
  return (
    <QueryState query={settings}>
      {({ publicRead }) => (
        <form className="form" onSubmit={(event) => event.preventDefault()}>
          <fieldset className="form__group">
            <legend>Xem công khai</legend>
            <label className="check">
              <input
                type="checkbox"
                role="switch"
                checked={publicRead}
                disabled={save.isPending}
                aria-describedby="public-read-hint"
                onChange={(event) => save.mutate({ publicRead: event.target.checked })}
              />
              Cho phép xem bảng chỉ tiêu không cần đăng nhập
            </label>
            <p id="public-read-hint" className="form-field__hint">
              {publicRead
                ? 'Đang bật: ai có đường dẫn đều xem được số liệu (chỉ xem, không sửa).'
                : 'Đang tắt: phải đăng nhập mới xem được số liệu.'}
            </p>
          </fieldset>
          <NoticeLine
            notice={
              save.isError
                ? errorNotice(save.error)
                : save.isSuccess
                  ? { kind: 'success', text: 'Đã lưu cài đặt.' }
                  : null
            }
          />
        </form>
      )}
    </QueryState>
  )
}
