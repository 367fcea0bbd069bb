import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";

/** Why an address may not receive webhooks: it reaches this server or its private network. */
export type AddressRefusal = "loopback" | "private" | "link-local" | "unspecified" | "multicast" | "reserved";

/** Ranges refused by default. 169.254.0.0/16 holds the cloud metadata address 169.254.169.254. */
const REFUSED_RANGES: [string, number, "ipv4" | "ipv6", AddressRefusal][] = [
  ["0.0.0.0", 8, "ipv4", "unspecified"],
  ["127.0.0.0", 8, "ipv4", "loopback"],
  ["10.0.0.0", 8, "ipv4", "private"],
  ["172.16.0.0", 12, "ipv4", "private"],
  ["192.168.0.0", 16, "ipv4", "private"],
  ["100.64.0.0", 10, "ipv4", "private"],
  ["169.254.0.0", 16, "ipv4", "link-local"],
  ["192.0.0.0", 24, "ipv4", "reserved"],
  ["198.18.0.0", 15, "ipv4", "reserved"],
  ["224.0.0.0", 4, "ipv4", "multicast"],
  ["240.0.0.0", 4, "ipv4", "reserved"],
  ["::", 128, "ipv6", "unspecified"],
  ["::1", 128, "ipv6", "loopback"],
  ["fc00::", 7, "ipv6", "private"],
  // NAT64 for local use, whose gateways reach private networks.
  ["64:ff9b:1::", 48, "ipv6", "private"],
  ["fe80::", 10, "ipv6", "link-local"],
  ["ff00::", 8, "ipv6", "multicast"],
];

const BLOCKS = REFUSED_RANGES.map(([network, prefix, family, refusal]) => {
  const block = new net.BlockList();
  block.addSubnet(network, prefix, family);
  return { block, family, refusal };
});

/** The eight 16-bit groups of an IPv6 address, a trailing dotted quad included. */
function ipv6Groups(address: string): number[] {
  let text = address;
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number);
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const parse = (part: string | undefined) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const start = parse(head);
  const end = parse(tail);
  return tail === undefined ? start : [...start, ...new Array<number>(8 - start.length - end.length).fill(0), ...end];
}

const ipv4Of = (high: number, low: number) => [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");

/**
 * The IPv4 address an IPv6 one leads to: IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible
 * (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d, which a NAT64 gateway forwards to a.b.c.d) and 6to4
 * (2002:aabb:ccdd::/48, a relay's route to a.b.c.d).
 */
function embeddedIpv4(address: string): string | undefined {
  const groups = ipv6Groups(address);
  if (groups[0] === 0x2002) return ipv4Of(groups[1], groups[2]);
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0);
  if (nat64) return ipv4Of(groups[6], groups[7]);
  if (groups.slice(0, 5).some((group) => group !== 0) || (groups[5] !== 0xffff && groups[5] !== 0)) return undefined;
  // ::, ::1 and the like are IPv6 addresses of their own, not compatible IPv4 ones.
  if (groups[5] === 0 && groups[6] === 0) return undefined;
  return ipv4Of(groups[6], groups[7]);
}

/** Why `address` (an IP literal) may not receive webhooks, or null when it is a public address. */
export function addressRefusal(address: string): AddressRefusal | null {
  const bare = address.replace(/%.*$/, "");
  const family = net.isIP(bare);
  if (family === 0) return "reserved";
  const ipv4 = family === 4 ? bare : embeddedIpv4(bare);
  const [checked, type] = ipv4 ? [ipv4, "ipv4" as const] : [bare, "ipv6" as const];
  return (
    BLOCKS.find(({ block, family: rangeFamily }) => rangeFamily === type && block.check(checked, type))?.refusal ?? null
  );
}

/**
 * A webhook URL whose host is, or resolves to, an address that is refused. A name's addresses
 * are not told: they would map this server's private network for whoever asks.
 */
export class RefusedTargetError extends Error {
  constructor(host: string, address: string, refusal: AddressRefusal) {
    const kind = `${/^[aeiu]/.test(refusal) ? "an" : "a"} ${refusal} address`;
    super(host === address ? `${address} is ${kind}` : `${host} resolves to ${kind}`);
    this.name = "RefusedTargetError";
  }
}

/** A URL's host without the brackets of an IPv6 literal. */
const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, "$1");

/**
 * Resolves like dns.lookup and fails when any address is refused, so that a connection is only
 * ever made to an address checked at that moment: a name that resolved to a public address when
 * the endpoint was made and to 127.0.0.1 now (DNS rebinding) fails here.
 */
function checkedLookup(
  hostname: string,
  options: dns.LookupOptions,
  callback: (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void,
): void {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    for (const { address } of addresses) {
      const refusal = addressRefusal(address);
      if (refusal) return callback(new RefusedTargetError(hostname, address, refusal), []);
    }
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  });
}

const checkedAgents = {
  "http:": new http.Agent({ lookup: checkedLookup }),
  "https:": new https.Agent({ lookup: checkedLookup }),
};

/**
 * Why `url` may not be a webhook endpoint, checked when it is given: its host resolves now, and,
 * unless private addresses are allowed, to public addresses only. Null when it may be.
 */
export async function webhookUrlProblem(url: URL, allowPrivateAddresses: boolean): Promise<string | null> {
  if (url.username || url.password) return "must not hold a user name or password";
  const host = hostOf(url);
  let addresses: string[];
  try {
    addresses = net.isIP(host)
      ? [host]
      : (await dns.promises.lookup(host, { all: true })).map((found) => found.address);
  } catch {
    return `has a host that does not resolve: ${host}`;
  }
  if (allowPrivateAddresses) return null;
  for (const address of addresses) {
    const refusal = addressRefusal(address);
    if (refusal) return `must reach a public address: ${new RefusedTargetError(host, address, refusal).message}`;
  }
  return null;
}

/** Most of an answer's body read before it is dropped; only the status counts. */
export const MAX_RESPONSE_BYTES = 64 * 1024;

export interface WebhookPost {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivateAddresses: boolean;
}

/**
 * POSTs a webhook and resolves with the answer's status, having read at most
 * MAX_RESPONSE_BYTES of its body. Redirects are not followed (a 3xx is an answer like any other).
 * Fails on a refused address (see `checkedLookup`; an IP literal is checked here, as
 * Node connects to it without a lookup), a network error, or `timeoutMs` passing before the
 * answer is read.
 */
export function postWebhook(post: WebhookPost): Promise<number> {
  const url = new URL(post.url);
  const host = hostOf(url);
  const refusal = post.allowPrivateAddresses || net.isIP(host) === 0 ? null : addressRefusal(host);
  if (refusal) return Promise.reject(new RefusedTargetError(host, host, refusal));
  const agent = post.allowPrivateAddresses ? undefined : checkedAgents[url.protocol as "http:" | "https:"];
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "POST",
        headers: { ...post.headers, "content-length": Buffer.byteLength(post.body) },
        agent,
        signal: AbortSignal.timeout(post.timeoutMs),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let read = 0;
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read < MAX_RESPONSE_BYTES) return;
          response.destroy();
          resolve(status);
        });
        response.on("end", () => resolve(status));
        response.on("error", reject);
      },
    );
    request.on("error", (error) =>
      reject(error.name === "AbortError" ? new Error(`no answer within ${post.timeoutMs} ms`) : error),
    );
    request.end(post.body);
  });
}
