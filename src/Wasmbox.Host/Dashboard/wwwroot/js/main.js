// Starts the dashboard: the token first (fragment, session storage or the sign-in form), then the
// functions, the Dapr view and the live stream.
import { useToken } from "./api.js";
import { byId } from "./dom.js";
import { follow } from "./events.js";
import { readToken, saveToken, forgetToken } from "./token.js";
import { bindFunctions, loadFunctions, onFunctions } from "./functions.js";
import { recordLive, startLive } from "./live.js";
import { addInvocation, bindInvocations } from "./invocations.js";
import { addLogLine, bindLogs, offer } from "./logs.js";
import { bindDeploy } from "./deploy.js";
import { bindTry, offerFunctions } from "./try.js";
import { bindDapr, loadDapr } from "./dapr.js";

let stream = null;
let reloadSoon = null;

function connection(state, delay) {
  const status = byId("connection");
  status.dataset.state = state;
  status.textContent = state === "live" ? "Live" : state === "retrying" ? `Reconnecting in ${Math.round(delay / 1000)} s…` : "Not connected";
}

function showSignIn(message) {
  stream?.abort();
  stream = null;
  byId("board").hidden = true;
  byId("sign-out").hidden = true;
  byId("sign-in").hidden = false;
  byId("sign-in-error").textContent = message ?? "";
  connection("off");
  byId("token-input").focus();
}

function refused(error) {
  forgetToken();
  showSignIn(`The server refused this admin token (${error.message.replace(/\.?$/, "")}). Type the token from the server's admin-token file or WASMBOX_ADMIN_TOKEN.`);
}

/** A log line about a function as a whole (deploy, roll back, delete) may change the list. */
function onLog(line, live) {
  addLogLine(line);
  if (!live || line.requestId) return;
  clearTimeout(reloadSoon);
  reloadSoon = setTimeout(() => loadFunctions().catch(() => {}), 300);
}

async function open(token) {
  useToken(token, refused);
  try {
    await loadFunctions();
  } catch (error) {
    if (error.status !== 401) showSignIn(`The server could not be reached: ${error.message}`);
    return;
  }
  byId("sign-in").hidden = true;
  byId("board").hidden = false;
  byId("sign-out").hidden = false;
  loadDapr().catch(() => {});
  stream?.abort();
  stream = new AbortController();
  connection("retrying", 0);
  follow({
    invocation: (record, live) => { addInvocation(record); if (live) recordLive(record); },
    log: onLog,
    state: connection,
  }, stream.signal);
}

function start() {
  bindFunctions();
  bindInvocations();
  bindLogs();
  bindDeploy();
  bindTry();
  bindDapr();
  startLive();
  onFunctions((functions) => {
    offerFunctions(functions);
    for (const f of functions) offer(f.name);
  });
  byId("token-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const token = byId("token-input").value.trim();
    if (!token) return;
    saveToken(token);
    byId("token-input").value = "";
    open(token);
  });
  byId("sign-out").addEventListener("click", () => {
    forgetToken();
    showSignIn();
  });
  const token = readToken();
  if (token) open(token);
  else showSignIn();
}

start();
