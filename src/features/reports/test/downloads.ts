import { vi } from 'vitest'

/** A file the page handed to the browser's download. */
export interface Download {
  name: string
  type: string
  text: () => Promise<string>
}

/**
 * Catches downloads (`URL.createObjectURL` + a click on an `<a download>`), which jsdom cannot perform, so a
 * test can read the exact file a user would get.
 */
export function catchDownloads(): Download[] {
  const downloads: Download[] = []
  const blobs = new Map<string, Blob>()
  let next = 0
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${next++}`
    blobs.set(url, blob)
    return url
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)
    if (!blob) return
    downloads.push({ name: this.download, type: blob.type, text: () => readUtf8(blob) })
  })
  return downloads
}

/** The file's text with its byte-order mark kept (Blob.text() would drop it). */
async function readUtf8(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer())
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
}
