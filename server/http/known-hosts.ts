import { hostname, networkInterfaces } from 'node:os';

/**
 * The names this server answers to. A request addressed to any other Host is refused, so a page on a domain that
 * an attacker points at this machine (DNS rebinding) cannot read from it or act on it.
 */
export class KnownHosts {
  private readonly names: ReadonlySet<string>;

  constructor(names: Iterable<string>) {
    this.names = new Set([...names].map(normaliseHostName));
  }

  /** Loopback names, this machine's name and addresses, the public URL's host and any configured extra hosts. */
  static forServer(publicUrl: URL | null, allowedHosts: readonly string[]): KnownHosts {
    const names = ['localhost', '127.0.0.1', '::1', hostname()];
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? []) names.push(address.address);
    }
    if (publicUrl) names.push(publicUrl.hostname);
    return new KnownHosts([...names, ...allowedHosts]);
  }

  /** Whether a Host header (name, optional port) names this server. A missing Host is refused. */
  accepts(hostHeader: string | null | undefined): boolean {
    if (!hostHeader) return false;
    const name = hostNameOf(hostHeader);
    return name !== null && this.names.has(name);
  }

  list(): string[] {
    return [...this.names].sort();
  }
}

function normaliseHostName(name: string): string {
  const lower = name.trim().toLowerCase();
  return lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower;
}

/** The host part of a Host header: `example.org:3000` → `example.org`, `[::1]:3000` → `::1`. */
function hostNameOf(hostHeader: string): string | null {
  const value = hostHeader.trim().toLowerCase();
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    return end > 1 ? value.slice(1, end) : null;
  }
  const colons = value.split(':').length - 1;
  if (colons > 1) return value;
  const name = colons === 1 ? value.slice(0, value.indexOf(':')) : value;
  return name.length > 0 ? name : null;
}
