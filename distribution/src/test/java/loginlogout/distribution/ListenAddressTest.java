package loginlogout.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.ServerSocket;
import loginlogout.domain.failure.InvalidSettingException;
import org.junit.jupiter.api.Test;

/** server.host and server.port are checked before the start, each named when wrong. */
class ListenAddressTest {

    @Test
    void aPortThatIsNoNumberOrOutOfRangeIsNamed() {
        for (String port : new String[] {"abc", "-1", "65536", "80 80"}) {
            assertEquals("server.port=" + port + " is not a port; it is a whole number from 0 to 65535, 0 for any"
                    + " free one (SERVER_PORT).", message(() -> ListenAddress.of("127.0.0.1", port)));
        }
    }

    @Test
    void anUnknownHostIsNamed() {
        assertEquals("server.host=no.such.host.invalid is not a known host name or address; use 0.0.0.0 for every"
                + " address of this machine, or 127.0.0.1 for this machine only (SERVER_HOST).",
                message(() -> ListenAddress.of("no.such.host.invalid", "8080")));
    }

    @Test
    void aPortInUseIsRefusedBeforeTheStart() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertEquals("server.host=127.0.0.1, server.port=" + port + ": cannot listen there (Address already in"
                    + " use); another program has the port, or the address is not this machine's. Choose another"
                    + " with SERVER_PORT or SERVER_HOST.",
                    message(() -> ListenAddress.of("127.0.0.1", String.valueOf(port)).requireFree()));
        }
    }

    @Test
    void aFreePortOrAnyPortPasses() throws Exception {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        ListenAddress address = ListenAddress.of(" 127.0.0.1 ", " " + free + " ");
        assertEquals(new ListenAddress(InetAddress.getByName("127.0.0.1"), free), address);
        address.requireFree();
        ListenAddress.of("0.0.0.0", "0").requireFree();
    }

    private static String message(Runnable check) {
        return assertThrows(InvalidSettingException.class, check::run).getMessage();
    }
}
