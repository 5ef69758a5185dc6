// Recurses n calls deep (?n=...): deep recursion runs, and a runaway one is an error the script catches.
function f(n) { return n === 0 ? 0 : 1 + f(n - 1); }
export default {
  async fetch(request) {
    const n = Number(new URL(request.url).searchParams.get("n"));
    try { return new Response(String(f(n))); } catch (e) { return new Response(String(e), {status: 500}); }
  },
};
