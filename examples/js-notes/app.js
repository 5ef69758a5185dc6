// A JSON API over Dapr state: notes kept in the state store under one key, updated with its ETag
// so that two requests at once never lose a note.
//   GET /notes            [{"id":1,"text":"tea"}, ...]
//   POST /notes           {"text":"tea"} → 201 {"id":1,"text":"tea"}
//   DELETE /notes/1       204 (404 when there is no such note)
import { state, DaprError } from "wasmbox:dapr";

const STORE = "statestore";
const KEY = "js-notes";

// Reads the notes, changes them and saves them only if nobody saved in between; again on a conflict.
async function update(change) {
  for (let attempt = 1; ; attempt++) {
    const entry = await state.getEntry(STORE, KEY);
    const notes = entry ? entry.value : { next: 1, items: [] };
    const result = change(notes);
    try {
      await state.save(STORE, KEY, notes, entry ? { etag: entry.etag } : { firstWrite: true });
      return result;
    } catch (error) {
      if (!(error instanceof DaprError && error.status === 409) || attempt === 20) throw error;
    }
  }
}

export default {
  async fetch(request) {
    const { pathname } = new URL(request.url);
    const id = Number(pathname.split("/")[2]);
    if (request.method === "GET") {
      const notes = await state.get(STORE, KEY);
      return Response.json(notes ? notes.items : []);
    }
    if (request.method === "POST") {
      let text;
      try {
        text = (await request.json()).text;
      } catch {
        return Response.json({ error: "send {\"text\": \"...\"}" }, { status: 400 });
      }
      if (typeof text !== "string" || text === "") return Response.json({ error: "text must be a non-empty string" }, { status: 400 });
      const note = await update(notes => {
        const added = { id: notes.next++, text };
        notes.items.push(added);
        return added;
      });
      console.info(`note ${note.id} added`);
      return Response.json(note, { status: 201 });
    }
    if (request.method === "DELETE" && Number.isInteger(id)) {
      const removed = await update(notes => {
        const before = notes.items.length;
        notes.items = notes.items.filter(note => note.id !== id);
        return notes.items.length < before;
      });
      return removed ? new Response(null, { status: 204 }) : Response.json({ error: `no note ${id}` }, { status: 404 });
    }
    return Response.json({ error: "GET, POST or DELETE /notes/ID" }, { status: 405 });
  },
};
