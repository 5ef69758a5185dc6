// The raw imports of module "wasmbox", as docs/guest-api.md section 1 declares them (and
// sdk/c/wasmbox.h in C). Pointers and lengths are i32 offsets into memory 0. The rest of the SDK
// wraps these; use them directly only for what the helpers do not cover. AssemblyScript emits an
// import only when something calls it, so a module that never logs does not import "log".

/** A Dapr API request; returns the HTTP status, or -1 (bad pointer) / -2 (bad argument). */
// @ts-ignore: decorator
@external("wasmbox", "dapr_request")
export declare function wasmbox_dapr_request(
  method: usize, methodLength: usize,
  path: usize, pathLength: usize,
  headers: usize, headersLength: usize,
  body: usize, bodyLength: usize,
): i32;

/** Copies up to bufferLength bytes of the last answer's body from offset; returns how many (0 at the end). */
// @ts-ignore: decorator
@external("wasmbox", "response_body")
export declare function wasmbox_response_body(buffer: usize, bufferLength: usize, offset: usize): i32;

/** The last answer's body length in bytes. */
// @ts-ignore: decorator
@external("wasmbox", "response_body_length")
export declare function wasmbox_response_body_length(): i32;

/** Copies up to bufferLength bytes of the last answer's header; returns its full length, or -1 when absent. */
// @ts-ignore: decorator
@external("wasmbox", "response_header")
export declare function wasmbox_response_header(name: usize, nameLength: usize, buffer: usize, bufferLength: usize): i32;

/** Writes a line to the function's log at level 0 debug, 1 info, 2 warn, 3 error; returns 0. */
// @ts-ignore: decorator
@external("wasmbox", "log")
export declare function wasmbox_log(level: i32, message: usize, messageLength: usize): i32;
