package io.threeds.gateway.merchant;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where the gateway may send a request on a merchant's word outside the sandbox (SSRF): webhooks and the
 * branding logo. Every address the host resolves to must be a public one, not this machine, a private or
 * carrier-grade NAT network, link-local (cloud metadata at 169.254.169.254 among them), IPv6 unique-local or
 * multicast. Checked at each request, after DNS, since a name that was public when the merchant registered
 * it can point inward later.
 */
public final class OutboundAddress {
    /** The system's resolver. */
    public static final OutboundAddress SYSTEM = new OutboundAddress(InetAddress::getAllByName);

    /** Resolves a host name to its addresses ({@link InetAddress#getAllByName} outside tests). */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Resolver resolver;

    OutboundAddress(Resolver resolver) {
        this.resolver = resolver;
    }

    /** Why a delivery to this URL is refused, or empty when every address it resolves to is public. */
    public Optional<String> refusal(String url) {
        String host = URI.create(url).getHost();
        if (host == null) {
            return Optional.of("no host");
        }
        try {
            for (InetAddress address : resolver.resolve(host)) {
                if (!isPublic(address)) {
                    return Optional.of("refused address: " + host + " resolves to a non-public address");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("unknown host");
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) != 0xfc; // fc00::/7, unique local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first != 0 && !(first == 100 && second >= 64 && second < 128); // 0/8, 100.64/10 (CGNAT)
    }
}
