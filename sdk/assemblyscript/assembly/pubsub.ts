// Publishing over daprd's publish route (docs/guest-api.md section 4).
import { daprRequest, Response } from "./response";
import { encodePath, encodeSegment, metadataQuery } from "./url";

/** Publishing to a topic of a pub/sub the function is granted. */
export namespace pubsub {
  /**
   * Publishes `data` (a string, ArrayBuffer or Uint8Array) of `contentType` to `topic`, wrapped in
   * a CloudEvent unless metadata says `rawPayload: "true"`. Each metadata entry travels as
   * `?metadata.NAME=VALUE`. Answers 204 once the pub/sub has taken it; 403 ERR_PUBSUB_FORBIDDEN for
   * a topic the function is not granted.
   */
  export function publish<T>(pubsubName: string, topic: string, data: T, contentType: string = "text/plain", metadata: Map<string, string> | null = null): Response {
    const path = "/v1.0/publish/" + encodeSegment(pubsubName) + "/" + encodePath(topic) + metadataQuery(metadata);
    return daprRequest<T>("POST", path, "Content-Type: " + contentType, data);
  }
}
