/** Encodes text as URL-safe base64 (UTF-8), for carrying a document in a URL fragment. */
export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes URL-safe base64 back to text; null when it is not valid base64 or not UTF-8. */
export function fromBase64Url(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return null;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The fragment that carries a shared document: `#<name>=<base64url>`. */
export function shareFragment(name: string, json: string): string {
  return `#${name}=${toBase64Url(json)}`;
}

/** Reads a shared document out of a URL fragment; null when the fragment carries none. */
export function readShareFragment(
  hash: string,
  name: string,
): { ok: true; json: string } | { ok: false; error: string } | null {
  const prefix = `#${name}=`;
  if (!hash.startsWith(prefix)) return null;
  const json = fromBase64Url(hash.slice(prefix.length));
  return json === null ? { ok: false, error: 'the link is damaged (its data is not readable)' } : { ok: true, json };
}
