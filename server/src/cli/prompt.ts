// Reads a line from the terminal without echoing it (a password typed at `pnpm user:create`).
export function readHiddenLine(question: string): Promise<string> {
  const { stdin, stdout } = process
  return new Promise((resolve) => {
    let line = ''
    stdout.write(question)
    stdin.setRawMode(true)
    stdin.resume()
    stdin.setEncoding('utf8')
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\u0003') {
          // Ctrl-C: leave the terminal as it was.
          stdin.setRawMode(false)
          stdout.write('\n')
          process.exit(130)
        } else if (ch === '\r' || ch === '\n') {
          stdin.setRawMode(false)
          stdin.pause()
          stdin.off('data', onData)
          stdout.write('\n')
          resolve(line)
          return
        } else if (ch === '\u007f' || ch === '\b') {
          line = line.slice(0, -1)
        } else {
          line += ch
        }
      }
    }
    stdin.on('data', onData)
  })
}
