// The admin token: from the URL's fragment (/#token=…, never sent to the server) or typed in,
// kept in this tab's session storage only.
const key = "wasmbox.adminToken";

/** Takes a token from the fragment (and removes it from the address bar and history), else the stored one. */
export function readToken() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const given = fragment.get("token");
  if (given) {
    saveToken(given);
    history.replaceState(null, "", location.pathname + location.search);
  }
  return sessionStorage.getItem(key);
}

export function saveToken(token) {
  sessionStorage.setItem(key, token.trim());
}

export function forgetToken() {
  sessionStorage.removeItem(key);
}
