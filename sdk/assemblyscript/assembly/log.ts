// Writing to the function's log (what `wasmbox logs NAME` shows) at a level, through the host's
// "log" import, which tags each line with the level and the request id.
import { wasmbox_log } from "./host";

/** The function's log, as (level, line). */
export namespace log {
  /** Writes `message` at `level`: 0 debug, 1 info, 2 warn, 3 error (others are taken as the nearest). */
  export function write(level: i32, message: string): void {
    // The host answers -2 for a level outside 0-3 and drops the line: clamp rather than lose it.
    const clamped = level < 0 ? 0 : (level > 3 ? 3 : level);
    const text = String.UTF8.encode(message);
    wasmbox_log(clamped, changetype<usize>(text), text.byteLength);
  }

  export function debug(message: string): void { write(0, message); }
  export function info(message: string): void { write(1, message); }
  export function warn(message: string): void { write(2, message); }
  export function error(message: string): void { write(3, message); }
}
