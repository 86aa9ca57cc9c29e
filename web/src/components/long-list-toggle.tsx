interface LongListToggleProps {
  /** Id of the chart it opens. */
  controls: string
  expanded: boolean
  total: number
  /** Units without a figure, not drawn. */
  missing: number
  onToggle: () => void
}

/** "Xem tất cả 85 đơn vị" under a chart that shows only the top and the bottom of a long list. */
export function LongListToggle({ controls, expanded, total, missing, onToggle }: LongListToggleProps) {
  return (
    <p className="chart-more">
      <button
        type="button"
        className="button button--small"
        aria-expanded={expanded}
        aria-controls={controls}
        onClick={onToggle}
      >
        {expanded ? 'Thu gọn: chỉ 10 cao nhất và 10 thấp nhất' : `Xem tất cả ${total} đơn vị`}
      </button>
      {missing > 0 && <span className="note">{` ${missing} đơn vị chưa có số liệu, không vẽ.`}</span>}
    </p>
  )
}
