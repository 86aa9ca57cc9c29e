import { DeckDialog } from './deck-dialog.tsx'

const KEYS: readonly [string, string][] = [
  ['→  Space  Page Down', 'Trang sau'],
  ['←  Page Up', 'Trang trước'],
  ['Home  /  End', 'Trang đầu  /  trang cuối'],
  ['P', 'Tạm dừng, chạy tiếp biểu đồ đua'],
  ['F', 'Toàn màn hình (bật/tắt)'],
  ['T', 'Nền tối / nền sáng'],
  ['S', 'Sắp xếp, ẩn trang chiếu'],
  ['?', 'Bảng phím tắt này'],
  ['Esc', 'Thoát, về trang tổng quan'],
]

/** The keys of the deck, listed where a presenter looks for them ("?"). */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  return (
    <DeckDialog id="deck-help" title="Phím tắt khi trình chiếu" onClose={onClose}>
      <table className="deck-help">
        <tbody>
          {KEYS.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="deck-help__note">
        Space luôn chuyển trang, kể cả khi đang chọn một nút; dùng Enter để bấm nút.
      </p>
    </DeckDialog>
  )
}
