function checkOrder(order) {
  if (!order.item) throw new Error(`order ${order.id} has no item`);
}

export default {
  async fetch(request) {
    console.debug("checking an order");
    console.info("an order arrived:", { id: 7 });
    console.warn("stock is low for %s", "tea");
    console.error(new RangeError("a logged error"));
    checkOrder({ id: 7 });
    return new Response("unreachable");
  },
};
