// Run before the browser tests: use a Chromium if there is one, install Debian's if we can
// (root with apt-get), otherwise stop and say exactly how to get one.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findChromium } from './chromium.ts'

function canApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
}

let path = findChromium()
if (!path && !process.env.CHROMIUM_PATH && canApt()) {
  console.log('Không tìm thấy Chromium: đang cài gói chromium của Debian (apt-get install -y chromium)…')
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  path = findChromium()
}
if (!path) {
  console.error(
    [
      'Không tìm thấy Chromium để chạy kiểm thử trình duyệt. / No Chromium found for the browser tests.',
      process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} không tồn tại.` : '',
      'Cách cài / How to get one:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  hoặc chỉ đường dẫn tới Chrome/Chromium có sẵn:  CHROMIUM_PATH=/path/to/chrome pnpm test',
    ]
      .filter(Boolean)
      .join('\n'),
  )
  process.exit(1)
}
console.log(`Chromium: ${path}`)
