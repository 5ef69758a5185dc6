// A JavaScript function: GET /js-hello?name=Ada or POST a name as the body.
// Deploy it with: ./wasmbox deploy hello examples/js-hello/app.js --executor js --route /js-hello
export default {
  async fetch(request) {
    const url = new URL(request.url);
    const body = request.method === "POST" ? (await request.text()).trim() : "";
    const name = url.searchParams.get("name") || body || "world";
    return new Response(`Hello, ${name}!\n`);
  },
};
