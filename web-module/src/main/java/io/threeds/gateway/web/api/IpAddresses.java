package io.threeds.gateway.web.api;

import java.util.regex.Pattern;

/** IP address literals, checked without any name resolution. */
final class IpAddresses {
    private static final Pattern V4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpAddresses() {
    }

    static boolean isLiteral(String text) {
        if (V4.matcher(text).matches()) {
            return true;
        }
        if (!V6.matcher(text).matches() || !text.contains(":")) {
            return false;
        }
        try {
            // Only hex digits, colons and dots reach here, so this parses a literal and never does DNS.
            return java.net.InetAddress.getByName(text) instanceof java.net.Inet6Address;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
