import { isIP } from 'node:net';

/** 127.0.0.0/8, ::1 and IPv4-mapped loopback (::ffff:127.x.x.x). */
export function isLoopbackAddress(address: string): boolean {
  const withoutMapping = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (isIP(withoutMapping) === 4) return withoutMapping.startsWith('127.');
  return withoutMapping === '::1';
}
