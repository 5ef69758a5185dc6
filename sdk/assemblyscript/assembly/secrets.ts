// Secrets over daprd's route GET /v1.0/secrets/STORE/NAME.
import { daprRequest, DaprError, Result, ERR_MALFORMED_RESPONSE } from "./response";
import { json } from "./json";
import { encodeSegment } from "./url";

/** A secret: one or more key/value pairs (a file store's nested secret has several, most have one named as the secret). */
export class Secret extends Result {
  constructor(status: i32, error: DaprError | null, public values: Map<string, string>) {
    super(status, error);
  }

  /** The value of `key` (the secret's own name for a single-valued secret), or null. */
  value(key: string): string | null {
    return this.values.has(key) ? this.values.get(key) : null;
  }
}

/** Secret stores: reading a secret of a store the function is granted. */
export namespace secrets {
  /** Reads secret `name` of `store`: 200 with its values, 204 (no values) when there is none, or an error (403 when not granted, ...). */
  export function get(store: string, name: string): Secret {
    const response = daprRequest("GET", "/v1.0/secrets/" + encodeSegment(store) + "/" + encodeSegment(name));
    const values = new Map<string, string>();
    // 204: no such secret, which is not a failure: `values` stays empty.
    if (!response.ok || response.status == 204) return new Secret(response.status, response.error, values);
    const members = json.members(response.text());
    if (members === null) return malformed(response.status, values);
    const keys = members.keys();
    for (let i = 0; i < keys.length; i++) {
      const value = json.decodeString(members.get(keys[i]));
      if (value === null) return malformed(response.status, values);
      values.set(keys[i], value);
    }
    return new Secret(response.status, null, values);
  }
}

function malformed(status: i32, values: Map<string, string>): Secret {
  return new Secret(status, new DaprError(ERR_MALFORMED_RESPONSE, "the secret is not a JSON object of strings"), values);
}
