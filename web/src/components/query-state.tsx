// The one wrapper for loading, error and empty states (umami's habit): every query on a page
// goes through it, so the three states look and read the same everywhere.
import type { UseQueryResult } from '@tanstack/react-query'
import { useDeferredValue, type ReactNode } from 'react'
import { ApiError } from '../lib/api-client.ts'

const UNEXPECTED = 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại sau.'

export function LoadingState({ label = 'Đang tải dữ liệu…' }: { label?: string }) {
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <div className="skeleton" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
      <p>{label}</p>
    </div>
  )
}

interface ErrorStateProps {
  message: string
  onRetry?: () => void
  retrying?: boolean
}

export function ErrorState({ message, onRetry, retrying = false }: ErrorStateProps) {
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">Không tải được dữ liệu</p>
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Đang thử lại…' : 'Thử lại'}
        </button>
      )}
    </div>
  )
}

export function EmptyState({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <div className="state state--empty" role="status">
      <p className="state__title">{message}</p>
      {children}
    </div>
  )
}

interface QueryStateProps<T> {
  query: UseQueryResult<T>
  children: (data: T) => ReactNode
  isEmpty?: (data: T) => boolean
  emptyMessage?: string
  loadingLabel?: string
}

export function QueryState<T>({
  query,
  children,
  isEmpty,
  emptyMessage = 'Chưa có số liệu',
  loadingLabel,
}: QueryStateProps<T>) {
  // What the data draws renders as a deferred (interruptible) update: React yields to the browser every
  // few milliseconds while it builds a page of tables and charts, instead of one long task that blocks
  // input on a slow phone (issue 10 item 7). Until then the loading state stays.
  const data = useDeferredValue(query.data)
  if (query.isError) {
    const message = query.error instanceof ApiError ? query.error.message : UNEXPECTED
    return <ErrorState message={message} onRetry={() => void query.refetch()} retrying={query.isFetching} />
  }
  if (query.isPending || data === undefined) return <LoadingState label={loadingLabel} />
  if (isEmpty?.(data)) return <EmptyState message={emptyMessage} />
  return <>{children(data)}</>
}
