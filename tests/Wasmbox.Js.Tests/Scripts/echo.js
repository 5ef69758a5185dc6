// Answers what it received: POST /echo/bytes answers the body's bytes reversed (binary stays binary);
// anything else a JSON description of the request.
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === "/echo/bytes") {
      const bytes = await request.bytes();
      return new Response(bytes.reverse(), { headers: { "content-type": "application/octet-stream" } });
    }
    const body = await request.text();
    return Response.json({
      method: request.method,
      path: url.pathname,
      query: [...url.searchParams],
      multi: request.headers.get("x-multi"),
      type: request.headers.get("content-type"),
      body,
      bodyBytes: new TextEncoder().encode(body).length,
      env: env.GREETING,
      engineVariables: Object.keys(env).filter(name => name.startsWith("WASMBOX_")),
    }, { status: 201, headers: { "x-answer": "yes", "set-cookie": "a=1" } });
  },
};
