import { z } from "zod";

/**
 * Where a tenant's identity provider keys may be fetched from. A JWKS URL is
 * fetched by the Worker on behalf of whoever configured it, so it must not
 * reach this machine, a private network or a cloud metadata service
 * (169.254.169.254): https only, to a host that is neither `localhost` nor an
 * address literal of a loopback, private, link-local or otherwise non-public
 * range. Address literals are written by the URL parser in one canonical
 * form first (`https://2130706433/` is 127.0.0.1, `[::ffff:a9fe:a9fe]` an
 * IPv4-mapped 169.254.169.254), so no spelling slips past. A name that
 * resolves to such an address is not caught here: the Worker cannot resolve
 * names, and jose does not follow redirects.
 *
 * The dev stack (`allowLoopback`) may also use http to a loopback stand-in.
 */
export function jwksUrlProblem(value: string, options: { allowLoopback: boolean } = { allowLoopback: false }) {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "Không phải một URL · Not a URL";
  }
  if (url.username || url.password) return "URL không được chứa tên hay mật khẩu · No credentials in the URL";
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  const web = url.protocol === "https:" || url.protocol === "http:";
  if (options.allowLoopback && web && isLoopback(host)) return null;
  if (url.protocol !== "https:") return "Phải dùng https · Must be an https URL";
  if (isLocalName(host) || isNonPublicIpv4(host) || isNonPublicIpv6(host)) {
    return "Phải là máy chủ công cộng, không phải localhost hay địa chỉ nội bộ · Must be a public host: not localhost, nor a loopback, private or link-local address";
  }
  return null;
}

/** A JWKS URL a tenant's identity provider may be given (see `jwksUrlProblem`). */
export const JwksUrl = z
  .url()
  .max(2000)
  .superRefine((value, ctx) => {
    const problem = jwksUrlProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

function isLocalName(host: string): boolean {
  return host === "localhost" || host.endsWith(".localhost");
}

function isLoopback(host: string): boolean {
  if (isLocalName(host)) return true;
  const v4 = ipv4Value(host);
  if (v4 !== null) return Math.floor(v4 / 2 ** 24) === 127;
  return ipv6Groups(host)?.join(":") === "0:0:0:0:0:0:0:1";
}

/** This network, private (RFC 1918), shared (CGNAT), loopback, link-local, protocol assignments, documentation, benchmarking, multicast, reserved. */
const nonPublicIpv4: readonly (readonly [string, number])[] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
];

function ipv4Value(host: string): number | null {
  const parts = host.split(".");
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return null;
  const [a = 0, b = 0, c = 0, d = 0] = parts.map(Number);
  if ([a, b, c, d].some((n) => n > 255)) return null;
  return a * 2 ** 24 + b * 2 ** 16 + c * 2 ** 8 + d;
}

function isNonPublicIpv4(host: string): boolean {
  const value = ipv4Value(host);
  if (value === null) return false;
  return nonPublicIpv4.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    return Math.floor(value / size) === Math.floor((ipv4Value(base) ?? 0) / size);
  });
}

/** The eight 16-bit groups of a bracketed IPv6 literal (`[::1]`), or null for anything else. */
function ipv6Groups(host: string): number[] | null {
  if (!host.startsWith("[") || !host.endsWith("]")) return null;
  let text = host.slice(1, -1);
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4Value(dotted[2] ?? "");
    if (v4 === null) return null;
    text = `${dotted[1]}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups = (part: string | undefined) => (part ? part.split(":") : []);
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  const gap = halves.length === 2 ? 8 - head.length - tail.length : 0;
  if (gap < 0) return null;
  const all = [...head, ...Array<string>(gap).fill("0"), ...tail];
  if (all.length !== 8 || !all.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return all.map((g) => Number.parseInt(g, 16));
}

function isNonPublicIpv6(host: string): boolean {
  const g = ipv6Groups(host);
  if (g === null) return false;
  const [g0 = 0, g1 = 0, , , , g5 = 0] = g;
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  return (
    zeroUpTo(6) || // unspecified, loopback, IPv4-compatible
    (zeroUpTo(5) && g5 === 0xffff) || // IPv4-mapped
    (g0 === 0x64 && g1 === 0xff9b) || // NAT64: an IPv4 address in disguise
    (g0 === 0x2001 && g1 === 0x0db8) || // documentation
    (g0 & 0xfe00) === 0xfc00 || // unique local
    (g0 & 0xffc0) === 0xfe80 || // link-local
    (g0 & 0xffc0) === 0xfec0 || // site-local (deprecated)
    (g0 & 0xff00) === 0xff00 // multicast
  );
}
