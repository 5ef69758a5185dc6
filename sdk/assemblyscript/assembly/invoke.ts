// Service invocation: calling a method of another Dapr app (or another function of this server).
import { daprRequest, Response, NO_BODY } from "./response";
import { encodePath, encodeSegment } from "./url";

/**
 * Calls `method` (it may hold '/' and a `?query`; a leading '/' is dropped) of app `appId` with `verb` and `data` (a string,
 * ArrayBuffer or Uint8Array; left out for none), plus `headers` ("Name: value" lines). The Response is
 * the target's status and body; a failure to reach it is a Dapr error (ERR_DIRECT_INVOKE, ...).
 */
export function invoke<T = string>(appId: string, method: string, verb: string = "POST", data: T = changetype<T>(NO_BODY), headers: string = ""): Response {
  const question = method.indexOf("?");
  let route = question < 0 ? method : method.substring(0, question);
  const query = question < 0 ? "" : method.substring(question);
  if (route.startsWith("/")) route = route.substring(1);
  return daprRequest<T>(verb, "/v1.0/invoke/" + encodeSegment(appId) + "/method/" + encodePath(route) + query, headers, data);
}
