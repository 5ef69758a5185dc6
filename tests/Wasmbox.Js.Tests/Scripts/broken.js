export default {
  async fetch(request) {
    return new Response("missing a value: " + );
  },
};
