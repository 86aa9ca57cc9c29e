import { pageJsSize } from '/work/main/tests/bench/js-size.ts'
const r = await pageJsSize(process.argv[2] ?? 'http://127.0.0.1:3333/?year=2024')
console.log(r.files, (r.raw/1024).toFixed(1), (r.gzip/1024).toFixed(1))
