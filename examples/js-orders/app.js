// A subscriber of topic "orders" in JavaScript: each message arrives as a POST with the order as
// its body and the CloudEvent's attributes as ce-* headers; a 2xx answer acknowledges it. The
// orders are kept in state, and GET /js-orders lists them.
import { state } from "wasmbox:dapr";

export default {
  async fetch(request) {
    if (request.method === "GET") return Response.json((await state.get("statestore", "js-orders")) ?? []);
    const order = await request.json();
    for (;;) {
      const entry = await state.getEntry("statestore", "js-orders");
      const orders = entry ? entry.value : [];
      orders.push(order);
      try {
        await state.save("statestore", "js-orders", orders, entry ? { etag: entry.etag } : { firstWrite: true });
        break;
      } catch (error) {
        if (error.status !== 409) throw error;
      }
    }
    console.log(`stored order ${JSON.stringify(order)} from ${request.headers.get("ce-topic")} (event ${request.headers.get("ce-id")})`);
    return new Response(null, { status: 204 });
  },
};
