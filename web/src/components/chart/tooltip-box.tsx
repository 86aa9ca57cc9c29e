interface TooltipBoxProps {
  active?: boolean
  label?: string | number
  linesFor: (label: string) => readonly string[] | undefined
}

/** Tooltip body in Vietnamese; the lines come ready-made from the data preparation. */
export function TooltipBox({ active, label, linesFor }: TooltipBoxProps) {
  if (!active || label === undefined) return null
  const lines = linesFor(String(label))
  if (!lines) return null
  return (
    <div className="tooltip">
      <p className="tooltip__title">{label}</p>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  )
}
