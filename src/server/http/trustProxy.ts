import { isIP } from 'node:net';
import { KbError } from '../../errors.js';

/** Names Express accepts for address ranges (proxy-addr). */
const RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * KB_TRUST_PROXY: the proxies (load balancers) whose `X-Forwarded-For` names the real
 * client, as Express's `trust proxy` takes them: addresses, subnets (`10.0.0.0/8`) and
 * `loopback` / `linklocal` / `uniquelocal`, comma-separated, or a number of hops. Without
 * it, behind a balancer every client has the balancer's address: one client's wrong
 * tokens would lock every agent out, and the public rate limit would be shared by all.
 * `true` (trust anyone) is refused: any client could then pick its own address.
 */
export function trustProxyFrom(raw: string | undefined, name = 'KB_TRUST_PROXY'): number | string[] | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((e) => e.trim()).filter(Boolean);
  for (const e of entries) {
    const [address, bits, extra] = e.split('/');
    const family = isIP(address ?? '');
    const okBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!(RANGE_NAMES.includes(e) || (family && okBits && extra === undefined))) {
      throw new KbError('config.bad-trust-proxy', `${name}: "${e}" is not an address, a subnet or one of ${RANGE_NAMES.join(', ')}`, 'list the load balancers\' addresses, e.g. 10.0.0.5,10.0.1.0/24, or a number of proxy hops');
    }
  }
  return entries;
}
