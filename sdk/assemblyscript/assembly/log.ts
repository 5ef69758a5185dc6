// Writing to the function's log (what `wasmbox logs NAME` shows) at a level.
//
// Built with `--use WASMBOX_LOG_STDERR=1`, lines go to stderr instead of the host's "log" import,
// which the server's log also takes (at info, with the level as a prefix): for hosts that do not
// define wasmbox.log yet, and for running a guest under a plain WASI runtime.
import { wasmbox_log } from "./host";

// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "fd_write")
declare function fd_write(fd: u32, iovs: usize, iovsLength: usize, written: usize): u16;

const LEVELS: string[] = ["debug", "info", "warn", "error"];

function toStderr(level: i32, message: string): void {
  const line = String.UTF8.encode((level == 1 ? "" : LEVELS[level] + ": ") + message + "\n");
  // One iovec {buf, len}, then the count written: 16 bytes of scratch memory.
  const scratch = new ArrayBuffer(16);
  const at = changetype<usize>(scratch);
  store<u32>(at, changetype<usize>(line));
  store<u32>(at, line.byteLength, 4);
  fd_write(2, at, 1, at + 8);
}

/** The function's log, as (level, line). */
export namespace log {
  /** Writes `message` at `level`: 0 debug, 1 info, 2 warn, 3 error (others are taken as error). */
  export function write(level: i32, message: string): void {
    const clamped = level < 0 ? 0 : (level > 3 ? 3 : level);
    // @ts-ignore: a compile-time constant that --use defines, or not
    if (isDefined(WASMBOX_LOG_STDERR)) {
      toStderr(clamped, message);
    } else {
      const text = String.UTF8.encode(message);
      wasmbox_log(clamped, changetype<usize>(text), text.byteLength);
    }
  }

  export function debug(message: string): void { write(0, message); }
  export function info(message: string): void { write(1, message); }
  export function warn(message: string): void { write(2, message); }
  export function error(message: string): void { write(3, message); }
}
