// An ordinary Dapr microservice in node, written with the official JS SDK as it would be for daprd,
// that exchanges events with Wasm functions through wasmbox serve's Dapr API (no daprd at all):
//   Wasm → node: it subscribes to topic "announcements", which examples/announce publishes to;
//                GET /announcements lists what it received.
//   node → Wasm: POST /orders publishes the JSON order to topic "orders", which the order-store
//                function stores; curl http://127.0.0.1:8080/orders lists it.
// The ports follow the SDK's conventions: APP_PORT (its own, 3001 here, as the repository's
// wasmbox.yaml names it under apps) and DAPR_HTTP_PORT (wasmbox serve's Dapr API, 3500).
import express from "express";
import { CommunicationProtocolEnum, DaprServer } from "@dapr/dapr";

const appPort = process.env.APP_PORT ?? "3001";
const daprPort = process.env.DAPR_HTTP_PORT ?? "3500";
const clientOptions = { daprHost: "127.0.0.1", daprPort, communicationProtocol: CommunicationProtocolEnum.HTTP };

// Our own express app, so that the app's routes and the SDK's (/dapr/subscribe, the topic's
// route) share one port, the one wasmbox serve delivers events to.
const app = express();
const server = new DaprServer({ serverHost: "127.0.0.1", serverPort: appPort, serverHttp: app, clientOptions });
// The server's own DaprClient, which server.start() has seen the Dapr API answer.
const client = server.client;

const announcements = [];
await server.pubsub.subscribe("pubsub", "announcements", async (text) => {
  announcements.push(text);
  console.log(`node-app: received announcement ${JSON.stringify(text)}`);
});

// With a newline at the end, as the functions answer, so curl's output ends its line.
const sendJson = (res, status, value) => res.status(status).type("application/json").send(JSON.stringify(value) + "\n");

app.get("/announcements", (req, res) => sendJson(res, 200, announcements));

// The order is read as JSON whatever its Content-Type says, as the Wasm orders function reads it,
// so `curl -d '{...}'` works here too.
app.post("/orders", express.json({ type: () => true }), async (req, res) => {
  // The SDK answers a failed publish with {error} rather than throwing.
  const { error } = await client.pubsub.publish("pubsub", "orders", req.body);
  if (error) return res.status(502).type("text/plain").send(`publishing failed: ${error.message ?? error}\n`);
  console.log(`node-app: published order ${JSON.stringify(req.body)}`);
  sendJson(res, 202, { published: true });
});

// Listens first, then waits until the Dapr API answers, as with daprd.
await server.start();
console.log(`node-app: listening on http://127.0.0.1:${appPort}, Dapr API at http://127.0.0.1:${daprPort}`);
