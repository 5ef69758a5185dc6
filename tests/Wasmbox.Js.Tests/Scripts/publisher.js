import { pubsub } from "wasmbox:dapr";

export default {
  async fetch(request) {
    await pubsub.publish("pubsub", "orders", await request.json());
    return Response.json({ published: true }, { status: 202 });
  },
};
