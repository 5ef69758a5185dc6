// Calls the js-hello function through Dapr service invocation and shouts its answer.
import { invoke } from "wasmbox:dapr";

export default {
  async fetch(request) {
    const answer = await invoke("wasmbox", "js-hello", { method: "POST", body: await request.text() });
    return new Response((await answer.text()).toUpperCase(), { status: answer.status });
  },
};
