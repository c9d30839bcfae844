package loginlogout.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 GET on a new loopback connection, its body read to the last byte and dropped: what curl does.
 * The timed runs use it because Java's HttpClient added 30 to 45 ms of its own work to each 2.6 MB
 * report on this 2-core machine, which the service shares with it, and that is the client's cost.
 */
final class LeanHttpGet {

    private LeanHttpGet() {
    }

    /** The body's length; fails unless the status is 200. */
    static long get(int port, String pathAndQuery, String authorization, String accept) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: "
                    + authorization + "\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            String status = line(in);
            if (!status.startsWith("HTTP/1.1 200 ")) {
                throw new IOException("the report gave " + status);
            }
            boolean chunked = false;
            long length = -1;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                String lower = header.toLowerCase(Locale.ROOT);
                chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring("content-length:".length()).strip());
                }
            }
            if (!chunked) {
                return length >= 0 ? skip(in, length) : in.transferTo(OutputStream.nullOutputStream());
            }
            long total = 0;
            for (long size = chunkSize(in); size > 0; size = chunkSize(in)) {
                total += skip(in, size);
                line(in);
            }
            return total;
        }
    }

    private static long chunkSize(InputStream in) throws IOException {
        String line = line(in);
        int extension = line.indexOf(';');
        return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).strip(), 16);
    }

    private static long skip(InputStream in, long bytes) throws IOException {
        in.skipNBytes(bytes);
        return bytes;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the connection closed in the middle of the response");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
