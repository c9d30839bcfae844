package loginlogout.distribution;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import loginlogout.domain.failure.InvalidSettingException;

/**
 * Where the API listens, checked before the start: Helidon logs a port it cannot bind and carries on
 * serving nothing, so a wrong or busy address would otherwise end in exit code 0.
 */
record ListenAddress(InetAddress host, int port) {

    static ListenAddress of(String host, String port) {
        int number;
        try {
            number = Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 0 || number > 65535) {
            throw new InvalidSettingException("server.port=" + port + " is not a port; it is a whole number from 0"
                    + " to 65535, 0 for any free one (SERVER_PORT).");
        }
        try {
            return new ListenAddress(InetAddress.getByName(host.strip()), number);
        } catch (UnknownHostException e) {
            throw new InvalidSettingException("server.host=" + host + " is not a known host name or address; use"
                    + " 0.0.0.0 for every address of this machine, or 127.0.0.1 for this machine only (SERVER_HOST).");
        }
    }

    /** Binds the address for a moment, the way the server will. */
    void requireFree() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new InvalidSettingException("server.host=" + host.getHostAddress() + ", server.port=" + port
                    + ": cannot listen there (" + e.getMessage() + "); another program has the port, or the address"
                    + " is not this machine's. Choose another with SERVER_PORT or SERVER_HOST.");
        }
    }
}
