import { describe, expect, it } from 'vitest'
import { bootScript } from './page-renderer.ts'

// The head Vite writes for the entry and the chunks it imports (web/vite.config.ts), each chunk after
// the chunks it imports.
const HEAD = `<head>
    <title>Chỉ tiêu Công đoàn</title>
    <script type="module" crossorigin src="/assets/index-B2hBvtZV.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/rolldown-runtime-BCiCTKAo.js">
    <link rel="modulepreload" crossorigin href="/assets/zod-hDM-MiLf.js">
    <link rel="modulepreload" crossorigin href="/assets/react-C-Jq6KEZ.js">
    <link rel="stylesheet" crossorigin href="/assets/index-CStF-8Jm.css">
  </head>`

describe('bootScript', () => {
  it('starts the app through boot.js with its chunks in order, and leaves no preload to compete with the first paint', () => {
    const head = bootScript(HEAD)
    expect(head).not.toContain('modulepreload')
    expect(head).not.toContain('/assets/index-B2hBvtZV.js"')
    expect(head).toContain('<link rel="stylesheet" crossorigin href="/assets/index-CStF-8Jm.css">')
    const src = /<script type="module" src="([^"]+)"><\/script>/.exec(head)?.[1] ?? ''
    const url = new URL(src.replace(/&amp;/g, '&'), 'http://localhost')
    expect(url.pathname).toBe('/boot.js')
    expect(url.searchParams.get('app')).toBe('/assets/index-B2hBvtZV.js')
    expect(url.searchParams.get('deps')?.split(',')).toEqual([
      '/assets/rolldown-runtime-BCiCTKAo.js',
      '/assets/zod-hDM-MiLf.js',
      '/assets/react-C-Jq6KEZ.js',
    ])
  })

  it('an entry without chunks is started alone', () => {
    const head = bootScript('<script type="module" crossorigin src="/assets/index-x1.js"></script>')
    expect(head).toBe('<script type="module" src="/boot.js?app=%2Fassets%2Findex-x1.js"></script>')
  })
})
