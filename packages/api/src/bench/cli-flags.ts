/** Flags of the proof scripts, checked before anything starts. */

/**
 * The proof scripts send floods of requests and kill processes: they may only ever aim at this
 * machine. Returns the origin to send to, or throws for any other host.
 */
export function loopbackOrigin(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--url must be a URL such as http://127.0.0.1:4000, got "${url}"`);
  }
  if (parsed.protocol !== 'http:') throw new Error(`--url must be plain http on this machine, got ${parsed.protocol}`);
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const loopback = host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
  if (!loopback)
    throw new Error(`--url must point at this machine (127.0.0.1, localhost or ::1), got ${parsed.hostname}: these scripts never load another host`);
  // localhost may resolve to ::1 where the server listens on IPv4 only; 127.0.0.1 is what the server always answers on.
  return host === 'localhost' ? `http://127.0.0.1:${parsed.port || 80}` : parsed.origin;
}

/** A numeric flag within bounds, so a typo cannot start an unbounded run. */
export function numberFlag(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${name} must be a number from ${min} to ${max}, got "${value}"`);
  return n;
}
