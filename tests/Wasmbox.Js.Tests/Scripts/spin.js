// Never answers: the function's timeout stops it, as it stops any guest.
export default {
  async fetch(request) {
    for (;;) { }
  },
};
