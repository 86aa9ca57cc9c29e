import { useEffect } from 'react'

/**
 * Chromium asks for the site icon again at every history entry, even one that only changes
 * ?slide=. While the deck is open the icon is inlined as a data URL, so walking the slides makes
 * no request at all (and a dropped connection shows nothing); leaving the deck puts it back.
 */
export function useInlineFavicon(dataUrl: string | null): void {
  useEffect(() => {
    const link = document.querySelector<HTMLLinkElement>('link[rel~="icon"]')
    const before = link?.getAttribute('href')
    if (!link || !dataUrl || before == null) return
    link.setAttribute('href', dataUrl)
    return () => link.setAttribute('href', before)
  }, [dataUrl])
}
