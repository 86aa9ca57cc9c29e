// fsync of a file or folder: after writing a database under a temporary name and renaming it, so a
// power cut right after cannot leave a renamed but empty or partial file.
import { closeSync, fsyncSync, openSync } from 'node:fs'

export function syncFile(path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
