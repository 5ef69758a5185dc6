// Fetches the URL given as ?url=... and answers its status and body, or the error fetch threw.
export default {
  async fetch(request) {
    const target = new URL(request.url).searchParams.get("url");
    try {
      const response = await fetch(target, { headers: { "x-from": "js" } });
      return new Response(`${response.status} ${response.headers.get("content-type")} ${await response.text()}`);
    } catch (error) {
      return new Response(`${error.name}: ${error.message}`, { status: 502 });
    }
  },
};
