// Outbound HTTP: the host call with an absolute URL for a path, to a host the manifest allows.
import { daprRequest, Response, NO_BODY } from "./response";

/** Outbound HTTP to the hosts the function's entry lists in allowed-hosts. */
export namespace http {
  /**
   * Sends `method` to `url` (`http://host:port/x` or `https://...`) with `headers` ("Name: value"
   * lines) and `body` (a string, ArrayBuffer or Uint8Array; left out for none). The Response is the remote
   * one, any status; a host not allowed is 403 with errorCode ERR_OUTBOUND_HOST_FORBIDDEN.
   */
  export function fetch<T = string>(method: string, url: string, headers: string = "", body: T = changetype<T>(NO_BODY)): Response {
    return daprRequest<T>(method, url, headers, body);
  }
}
