// @wasmbox/sdk: what an AssemblyScript function running in `wasmbox serve` can call besides
// WASI. README.md beside this folder documents it; docs/guest-api.md is the ABI underneath.
export {
  wasmbox_dapr_request, wasmbox_response_body, wasmbox_response_body_length, wasmbox_response_header, wasmbox_log,
} from "./host";
export {
  daprRequest, bytesOf, Response, Result, DaprError, ERR_BAD_POINTER, ERR_BAD_ARGUMENT, ERR_MALFORMED_RESPONSE,
} from "./response";
export { json } from "./json";
export { encodeSegment, encodePath, metadataQuery } from "./url";
export { state, SaveOptions, StateValue, BulkStateItem, BulkStateResult, TransactionOperation } from "./state";
export { pubsub } from "./pubsub";
export { invoke } from "./invoke";
export { bindings } from "./bindings";
export { secrets, Secret } from "./secrets";
export { http } from "./http";
export { log } from "./log";
