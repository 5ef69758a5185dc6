// Output bindings over daprd's route POST /v1.0/bindings/NAME.
import { daprRequest, Response } from "./response";
import { json } from "./json";
import { encodeSegment } from "./url";

function metadataObject(metadata: Map<string, string> | null): string {
  if (metadata === null) return "{}";
  const names = metadata.keys();
  const members = new Array<string>(names.length);
  for (let i = 0; i < names.length; i++) members[i] = json.quote(names[i]) + ":" + json.quote(metadata.get(names[i]));
  return "{" + members.join(",") + "}";
}

/** Output bindings: sending data to a binding component (an HTTP endpoint, a queue, a bucket, ...). */
export namespace bindings {
  /**
   * Runs `operation` (create, get, delete, list, post, ...: what the binding supports) of binding
   * `name` with `jsonData` (JSON text: `json.quote("text")`, `{"a":1}`; "null" for none) and
   * `metadata` (the binding's request metadata). The Response is the binding's answer.
   */
  export function invoke(name: string, operation: string, jsonData: string = "null", metadata: Map<string, string> | null = null): Response {
    const body = "{\"data\":" + jsonData + ",\"metadata\":" + metadataObject(metadata) + ",\"operation\":" + json.quote(operation) + "}";
    return daprRequest("POST", "/v1.0/bindings/" + encodeSegment(name), "Content-Type: application/json", body);
  }
}
