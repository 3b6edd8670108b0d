package io.revalign.common.testing;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte by byte on a socket, for what an HTTP client will not send: a path that
 * does not decode, control characters in a header, request lines and headers past the limits.
 */
public final class RawHttp {

    private RawHttp() {}

    /** Sends {@code request} (ISO-8859-1 bytes) to the application under test and returns the whole answer. */
    public static String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (SocketException e) {
                // The server may answer and close before the whole request is sent; read what it said.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    response.write(buffer, 0, n);
                }
            } catch (SocketException e) {
                // reset after the answer
            }
            return response.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** A GET of {@code target} with a bearer token and the extra header lines given (each ending in CRLF). */
    public static String get(String target, String token, String headers) throws IOException {
        return send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n"
                + headers + "Connection: close\r\n\r\n");
    }

    /** Whether {@code response} has {@code status} and is a problem document saying so. */
    public static boolean isProblem(String response, int status) {
        return response.startsWith("HTTP/1.1 " + status)
                && response.toLowerCase().contains("content-type: application/problem+json")
                && response.contains("\"status\":" + status);
    }
}
