package io.modelcraft.gateway.webhook;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Hosts that browsers and curl read as an IPv4 address (their last label is a number), and whether one is written
 * the one way every reader agrees on. {@code 0177.0.0.1} is 127.0.0.1 to curl (octal) and 177.0.0.1 to Java.
 */
final class Ipv4Literals {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+|0[xX][0-9a-fA-F]*");
    private static final Pattern DECIMAL_PART = Pattern.compile("0|[1-9][0-9]{0,2}");

    private Ipv4Literals() {
    }

    /** Why {@code host}, read as an IPv4 address, is not four plain decimal numbers; null when it is, or is a name. */
    static String nonCanonical(String host) {
        String[] labels = host.split("\\.", -1);
        int last = labels.length > 1 && labels[labels.length - 1].isEmpty() ? labels.length - 2 : labels.length - 1;
        if (!NUMBER.matcher(labels[last]).matches()) {
            return null;
        }
        boolean canonical = labels.length == 4 && Arrays.stream(labels)
                .allMatch(part -> DECIMAL_PART.matcher(part).matches() && Integer.parseInt(part) <= 255);
        return canonical ? null : "the host " + host + " is an IPv4 address in a form that browsers, curl and this "
                + "server read differently (leading zeros, octal, hex, fewer than four parts or a trailing dot); "
                + "write it as four decimal numbers, such as 93.184.215.14";
    }
}
