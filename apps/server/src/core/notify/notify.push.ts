import net from 'node:net';
import { notifyErrors } from './notify.errors.js';

/** Hosts a server must not be made to call: loopback, private and link-local ranges, local names. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || /\.(localhost|local|internal|lan|home\.arpa)$/.test(host)) return true;
  const kind = net.isIP(host);
  if (kind === 6) return true; // push services are named hosts; an IPv6 literal is not one of them
  if (kind !== 4) return false;
  const [a, b] = host.split('.').map(Number) as [number, number];
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224
  );
}

/**
 * A browser's PushSubscription as the server will use it: the server POSTs to
 * the endpoint, so only https on a public host (allowHttp: tests only), and
 * keys of the right shape (P-256 public point, 16-byte auth secret).
 */
export function assertPushSubscription(
  sub: { endpoint: string; keys: { p256dh: string; auth: string } },
  allowHttp: boolean,
): void {
  let u: URL;
  try {
    u = new URL(sub.endpoint);
  } catch {
    throw notifyErrors.error('PUSH_ENDPOINT_INVALID');
  }
  const acceptable = allowHttp
    ? u.protocol === 'http:' || u.protocol === 'https:'
    : u.protocol === 'https:' && !u.username && !u.password && !isPrivateHost(u.hostname);
  const key = Buffer.from(sub.keys.p256dh, 'base64url');
  if (!acceptable || key.length !== 65 || key[0] !== 4 || Buffer.from(sub.keys.auth, 'base64url').length !== 16)
    throw notifyErrors.error('PUSH_ENDPOINT_INVALID');
}
