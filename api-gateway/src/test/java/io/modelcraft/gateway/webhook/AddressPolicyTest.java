package io.modelcraft.gateway.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    private static InetAddress ip(String literal) {
        return AddressPolicy.resolve(literal)[0];
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.3.2.1", "::1", "10.1.2.3", "172.16.0.9", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "fe80::1", "100.64.0.1", "100.127.255.254", "fc00::1", "fd00:ec2::254", "0.0.0.0", "::",
            "224.0.0.1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "255.255.255.255"})
    void nonPublicAddressesAreRefused(String literal) {
        AddressPolicy policy = new AddressPolicy(Set.of(), host -> new InetAddress[] {ip(literal)});
        AddressPolicy.RefusedAddressException refused = assertThrows(AddressPolicy.RefusedAddressException.class,
                () -> policy.check("hooks.example.org"));
        assertTrue(refused.getMessage().contains("hooks.example.org resolves to"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "100.63.255.255", "100.128.0.1", "172.32.0.1", "2606:4700::1111"})
    void publicAddressesPass(String literal) {
        AddressPolicy policy = new AddressPolicy(Set.of(), host -> new InetAddress[] {ip(literal)});
        assertEquals(ip(literal), policy.check("hooks.example.org"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0177.0.0.1", "0x7f.0.0.1", "0x7f000001", "2130706433", "127.1", "127.0.0.01", "127.0.0.1.",
            "93.184.215.014", "1.2.3.256", "1.2.3.4.5", "foo.0x10"})
    void anIpv4AddressInAFormReadersDisagreeOnIsRefusedUnresolved(String host) {
        AddressPolicy policy = new AddressPolicy(Set.of(host), name -> {
            throw new AssertionError("resolved " + name);
        });
        AddressPolicy.RefusedAddressException refused = assertThrows(AddressPolicy.RefusedAddressException.class,
                () -> policy.check(host));
        assertTrue(refused.getMessage().contains("four decimal numbers"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "cafe.be", "deadbeef.example", "1.2.3.4.example.org", "x1"})
    void namesAndPlainAddressesAreResolvedAsBefore(String host) {
        AddressPolicy policy = new AddressPolicy(Set.of(), name -> new InetAddress[] {ip("8.8.8.8")});
        assertEquals(ip("8.8.8.8"), policy.check(host));
    }

    @Test
    void oneBadAddressAmongGoodOnesIsEnough() {
        AddressPolicy policy = new AddressPolicy(Set.of(), host -> new InetAddress[] {ip("8.8.8.8"), ip("10.0.0.1")});
        assertThrows(AddressPolicy.RefusedAddressException.class, () -> policy.check("rebind.example.org"));
    }

    @Test
    void anAllowlistedHostMayBeLocal() {
        Map<String, InetAddress[]> dns = Map.of("localhost", new InetAddress[] {ip("127.0.0.1")});
        AddressPolicy policy = new AddressPolicy(Set.of("localhost"), dns::get);
        assertEquals(ip("127.0.0.1"), policy.check("LOCALHOST".toLowerCase()));
    }
}
