// Wordcount: `wc` as a function, in AssemblyScript.
// Served by the "command" executor: the request body is read from stdin and the
// response body (application/json) is {"lines":N,"words":N,"bytes":N} and a newline.
// Lines count "\n" bytes and words are runs of bytes other than ASCII whitespace,
// as `wc` counts text. Built with @assemblyscript/wasi-shim, which provides
// process.stdin and process.stdout over WASI's fd_read and fd_write.

function isSpace(c: u32): bool {
  // space, \t, \n, \v, \f, \r
  return c == 0x20 || (c >= 0x09 && c <= 0x0d);
}

const buffer = new ArrayBuffer(64 * 1024);
let lines: u64 = 0;
let words: u64 = 0;
let bytes: u64 = 0;
let inWord = false;

while (true) {
  const n = process.stdin.read(buffer);
  if (n <= 0) break;
  const base = changetype<usize>(buffer);
  for (let i = 0; i < n; i++) {
    const c = <u32>load<u8>(base + <usize>i);
    if (c == 0x0a) lines++;
    if (isSpace(c)) {
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  bytes += <u64>n;
}

process.stdout.write(
  `{"lines":${lines.toString()},"words":${words.toString()},"bytes":${bytes.toString()}}\n`,
);
