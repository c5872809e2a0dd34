/**
 * Whether a link goes to an allowed host. A listed domain allows itself and
 * its subdomains ("chinhphu.vn" allows "vanban.chinhphu.vn"), never a look-alike
 * ("notchinhphu.vn") and never the same name under another suffix.
 */
export function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
}

export function isOnAllowedDomain(url: string, domains: readonly string[]): boolean {
  const host = hostOf(url);
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
