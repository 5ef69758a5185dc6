// Deploy a .wasm from the page: a file picker, or a file dropped on the zone; the server's
// refusal reason is shown as it gives it.
import { call, functionPath } from "./api.js";
import { byId } from "./dom.js";
import { bytes } from "./format.js";
import { loadFunctions } from "./functions.js";

function spec() {
  const routes = byId("deploy-routes").value.split(",").map((r) => r.trim()).filter(Boolean);
  const extra = byId("deploy-spec").value.trim();
  let more = {};
  if (extra) {
    more = JSON.parse(extra);   // a SyntaxError is shown as the reason
    if (typeof more !== "object" || more === null || Array.isArray(more)) throw new SyntaxError("the settings must be a JSON object");
  }
  return { executor: byId("deploy-executor").value, routes, ...more };
}

async function deploy(event) {
  event.preventDefault();
  const result = byId("deploy-result");
  const file = byId("deploy-file").files[0];
  const name = byId("deploy-name").value.trim();
  if (!file || !name) return;
  result.className = "result";
  result.textContent = `Deploying ${name} (${bytes(file.size)})…`;
  try {
    const form = new FormData();
    form.append("module", file, file.name);
    form.append("spec", JSON.stringify(spec()));
    const deployed = await (await call(functionPath(name), { method: "PUT", body: form })).json();
    result.className = "result ok";
    result.textContent = `Deployed ${deployed.name} version ${deployed.version} (${bytes(deployed.module.size)}, sha256 ${deployed.module.hash.slice(0, 12)}, compiled in ${deployed.compileMilliseconds} ms).`;
    await loadFunctions();
  } catch (error) {
    result.className = "result refused";
    result.textContent = `Not deployed: ${error.message}`;
  }
}

export function bindDeploy() {
  const zone = byId("drop-zone");
  const input = byId("deploy-file");
  const name = byId("deploy-name");
  const suggestName = () => {
    const file = input.files[0];
    if (file && !name.value) name.value = file.name.replace(/\.wasm$/i, "").replace(/[^A-Za-z0-9_.-]/g, "-");
  };
  input.addEventListener("change", suggestName);
  for (const type of ["dragenter", "dragover"]) zone.addEventListener(type, (e) => { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    if (!e.dataTransfer?.files.length) return;
    input.files = e.dataTransfer.files;   // one path for dropped and picked files
    suggestName();
  });
  byId("deploy-form").addEventListener("submit", deploy);
}
