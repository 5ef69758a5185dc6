// Answers, for each URL in the request's body (one a line), what new URL() made of it: the fields
// a handler reads, or the error's name. The test compares them with node's URL (WHATWG's).
export default {
  async fetch(request) {
    const lines = (await request.text()).split("\n").filter(line => line.length > 0);
    const parsed = lines.map(input => {
      try {
        const url = new URL(input);
        return { href: url.href, protocol: url.protocol, host: url.host, hostname: url.hostname, port: url.port,
          pathname: url.pathname, search: url.search, hash: url.hash, name: url.searchParams.get("name") };
      } catch (error) {
        return { error: error.name };
      }
    });
    return Response.json(parsed);
  },
};
