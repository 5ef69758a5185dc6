// Reports, one line each, what the state building block answered: ETags, a stale ETag, deletes, grants.
import { state, DaprError } from "wasmbox:dapr";

async function outcome(step) {
  try {
    return `ok ${JSON.stringify(await step())}`;
  } catch (error) {
    return error instanceof DaprError ? `${error.status} ${error.code}` : `threw ${error}`;
  }
}

export default {
  async fetch(request, env) {
    const store = env.STORE;
    const lines = [];
    await state.save(store, "probe", { n: 1 });
    const first = await state.getEntry(store, "probe");
    lines.push(`get: ${JSON.stringify(first.value)} etag=${first.etag ? "yes" : "no"}`);
    lines.push(`save with its etag: ${await outcome(() => state.save(store, "probe", { n: 2 }, { etag: first.etag }))}`);
    lines.push(`save with a stale etag: ${await outcome(() => state.save(store, "probe", { n: 3 }, { etag: first.etag }))}`);
    lines.push(`delete with a stale etag: ${await outcome(() => state.delete(store, "probe", { etag: first.etag }))}`);
    lines.push(`first write of a present key: ${await outcome(() => state.save(store, "probe", { n: 4 }, { firstWrite: true }))}`);
    lines.push(`now: ${JSON.stringify(await state.get(store, "probe"))}`);
    await state.delete(store, "probe");
    lines.push(`after delete: ${await state.get(store, "probe")}`);
    lines.push(`odd key: ${await outcome(async () => { await state.save(store, "a/b?c%d e", "odd"); return state.get(store, "a/b?c%d e"); })}`);
    return new Response(lines.join("\n") + "\n");
  },
};
