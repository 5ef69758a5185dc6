// Every call to the admin API, with the token as a bearer header.
const base = "/admin/v1";
let token = null;
let unauthorized = () => {};

/** An answer other than 2xx: its status and the server's one-line reason. */
export class AdminError extends Error {
  constructor(status, text) {
    super(text.trim() || `the server answered ${status}`);
    this.status = status;
  }
}

export function useToken(value, onUnauthorized) {
  token = value;
  unauthorized = onUnauthorized;
}

export function authorization() {
  return { Authorization: `Bearer ${token}` };
}

/** A request to /admin/v1 + path; answers the Response when 2xx, else throws an AdminError (and reports a refused token). */
export async function call(path, options = {}) {
  const response = await fetch(base + path, { ...options, headers: { ...authorization(), ...(options.headers || {}) }, cache: "no-store" });
  if (response.ok) return response;
  const error = new AdminError(response.status, await response.text());
  if (response.status === 401) unauthorized(error);
  throw error;
}

export async function json(path, options) {
  return (await call(path, options)).json();
}

export const functionPath = (name) => `/functions/${encodeURIComponent(name)}`;
