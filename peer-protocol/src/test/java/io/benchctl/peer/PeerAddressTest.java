package io.benchctl.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PeerAddressTest {

    @Test
    void parsesHostsPortsAndIpv6() {
        assertEquals(new PeerAddress("host-b", 7420), PeerAddress.parse("host-b"));
        assertEquals(new PeerAddress("198.51.100.1", 9000), PeerAddress.parse(" 198.51.100.1:9000 "));
        assertEquals(new PeerAddress("::1", 7421), PeerAddress.parse("[::1]:7421"));
        assertEquals(new PeerAddress("::1", 7420), PeerAddress.parse("[::1]"));
        assertEquals("[::1]:7421", PeerAddress.parse("[::1]:7421").toString());
    }

    @Test
    void namesWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PeerAddress.parse("h:http"))
                .getMessage()
                .contains("port 'http' is not a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PeerAddress.parse("h:70000"))
                .getMessage()
                .contains("outside 0..65535"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PeerAddress.parse("[::1"))
                .getMessage()
                .contains("missing ']'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PeerAddress.parse(""))
                .getMessage()
                .contains("expected host:port"));
    }
}
