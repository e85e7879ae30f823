/** Which IP addresses a fetch may not reach unless private addresses are explicitly allowed. */
import { isIP } from "node:net";

function v4Blocked(ip: string): boolean {
  const p = ip.split(".").map(Number);
  const [a = 0, b = 0, c = 0] = p;
  return a === 0 || a === 10 || a === 127 || a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||      // carrier-grade NAT
    (a === 169 && b === 254) ||                // link-local
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) ||
    (a === 198 && (b === 18 || b === 19)) ||   // benchmarking
    (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113);
}

function v6Words(ip: string): number[] | null {
  let s = ip.toLowerCase().split("%")[0] ?? "";
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4 && v4[1]) {
    const p = v4[1].split(".").map(Number);
    s = s.slice(0, -v4[1].length) + `${(((p[0] ?? 0) << 8) | (p[1] ?? 0)).toString(16)}:${(((p[2] ?? 0) << 8) | (p[3] ?? 0)).toString(16)}`;
  }
  const [head = "", tail] = s.split("::");
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const fill = tail === undefined ? 0 : 8 - h.length - t.length;
  const words = [...h, ...Array<string>(Math.max(0, fill)).fill("0"), ...t].map((w) => parseInt(w || "0", 16));
  return words.length === 8 && words.every((w) => w >= 0 && w <= 0xffff) ? words : null;
}

/**
 * True for loopback, private, link-local, carrier-NAT, multicast, reserved and unspecified addresses, in IPv4,
 * IPv6, and IPv4 embedded in IPv6 (mapped, compatible, NAT64).
 *
 * @example isBlockedAddress("127.0.0.1") === true; isBlockedAddress("93.184.216.34") === false
 */
export function isBlockedAddress(ip: string): boolean {
  const kind = isIP(ip.split("%")[0] ?? "");
  if (kind === 4) return v4Blocked(ip);
  if (kind !== 6) return true;
  const w = v6Words(ip);
  if (!w) return true;
  const [w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0, w5 = 0, w6 = 0, w7 = 0] = w;
  const embedded = `${w6 >> 8}.${w6 & 255}.${w7 >> 8}.${w7 & 255}`;
  if (w0 === 0 && w1 === 0 && w2 === 0 && w3 === 0 && w4 === 0) {
    if (w5 === 0xffff || (w5 === 0 && (w6 !== 0 || w7 > 1))) return v4Blocked(embedded);
    return true; // :: and ::1
  }
  if (w0 === 0x64 && w1 === 0xff9b) return v4Blocked(embedded);
  return (w0 & 0xfe00) === 0xfc00 || (w0 & 0xffc0) === 0xfe80 || (w0 & 0xff00) === 0xff00 ||
    (w0 === 0x2001 && w1 === 0xdb8) || w0 === 0x100 && w1 === 0 && w2 === 0 && w3 === 0;
}

/** What a fetch may reach: private addresses all, or none but a few named endpoints. */
export interface AddressPolicy {
  readonly allowPrivate: boolean;
  /** `ADDRESS:PORT` endpoints (IPv6 as `[::1]:8080`) reachable although private, e.g. one intranet feed server */
  readonly allowEndpoints: readonly string[];
}

/**
 * True when a connection to `address` on `port` is allowed: a public address, or a private one the policy allows.
 *
 * @example mayConnect("10.0.0.5", 80, { allowPrivate: false, allowEndpoints: ["10.0.0.5:80"] }) === true
 */
export function mayConnect(address: string, port: number, policy: AddressPolicy): boolean {
  if (policy.allowPrivate || !isBlockedAddress(address)) return true;
  const bare = address.replace(/^\[|\]$/g, "").toLowerCase();
  const endpoint = isIP(bare) === 6 ? `[${bare}]:${port}` : `${bare}:${port}`;
  return policy.allowEndpoints.some((e) => e.toLowerCase() === endpoint);
}
