package io.modelcraft.gateway.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Where webhooks may go: public addresses only, unless the operator allowlisted the host. Loopback,
 * private, link-local (cloud metadata among them), CGNAT, unique-local IPv6, multicast and unspecified
 * addresses are refused, including when written as IPv4-mapped IPv6; an IPv4 address not written as four plain
 * decimal numbers is refused before anything is resolved.
 */
public final class AddressPolicy {

    private final Set<String> allowedHosts;
    private final Function<String, InetAddress[]> resolver;

    public AddressPolicy(Set<String> allowedHosts, Function<String, InetAddress[]> resolver) {
        this.allowedHosts = allowedHosts;
        this.resolver = resolver;
    }

    public static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new RefusedAddressException("the host " + host + " does not resolve");
        }
    }

    /** The address to connect to: the first the host resolves to, every one of them checked. */
    public InetAddress check(String host) {
        String ambiguous = Ipv4Literals.nonCanonical(host);
        if (ambiguous != null) {
            throw new RefusedAddressException(ambiguous);
        }
        InetAddress[] addresses = resolver.apply(host);
        if (addresses.length == 0) {
            throw new RefusedAddressException("the host " + host + " does not resolve");
        }
        if (!allowedHosts.contains(host.toLowerCase())) {
            for (InetAddress address : addresses) {
                String why = whyRefused(address);
                if (why != null) {
                    throw new RefusedAddressException("the host " + host + " resolves to " + address.getHostAddress()
                            + ", " + why + "; webhooks go to public addresses only");
                }
            }
        }
        return addresses[0];
    }

    static String whyRefused(InetAddress address) {
        InetAddress a = unmapped(address);
        if (a.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (a.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address (cloud metadata lives there)";
        }
        if (a.isSiteLocalAddress()) {
            return "a private address";
        }
        if (a.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 100 && second >= 64 && second <= 127) {
                return "a carrier-grade NAT address";
            }
            if (first == 0 || first >= 240) {
                return "a reserved address";
            }
        } else if ((b[0] & 0xfe) == 0xfc) {
            return "a unique-local IPv6 address";
        }
        return null;
    }

    private static InetAddress unmapped(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            boolean mapped = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9).stream().allMatch(i -> b[i] == 0)
                    && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            if (mapped) {
                try {
                    return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                } catch (UnknownHostException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
        return address;
    }

    /** A webhook URL whose host is not a public address. */
    public static class RefusedAddressException extends RuntimeException {
        public RefusedAddressException(String message) {
            super(message);
        }
    }
}
