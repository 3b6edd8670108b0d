package io.revalign.lead.api;

import static io.revalign.common.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.revalign.common.input.BodyBudget;
import io.revalign.common.testing.DevTokens;
import io.revalign.common.testing.Management;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Request bodies are bounded before they are read (common-web's BodyLimits and BodyBudget, here with
 * the test profile's limits: 256K for ordinary operations, 1M for bulk ones, a 4M budget): a body
 * over its route's limit is a 413, a body that does not fit in the budget a 503 with Retry-After,
 * a text past the parser's bound a 400 naming the field; a burst of them never costs a 500, and the
 * budget is given back however a request ends, an aborted upload included.
 */
@QuarkusTest
class BodyLimitsTest {

    private static final int DEFAULT_LIMIT = 256 * 1024;
    private static final int BULK_LIMIT = 1024 * 1024;

    @Inject
    BodyBudget budget;

    @AfterEach
    void budgetIsGivenBack() throws InterruptedException {
        awaitBudgetReleased();
    }

    @Test
    void twentyConcurrentBodiesOverTheLimitAre413WithoutBeingRead() throws Exception {
        byte[] body = leadWithCompany("x".repeat(DEFAULT_LIMIT)).getBytes(StandardCharsets.UTF_8);
        List<Answer> answers = concurrently(20, () -> exchange("/api/leads", body, true));
        for (Answer answer : answers) {
            assertEquals(413, answer.status(), answer.text());
            assertTrue(answer.isProblem(), answer.text());
            assertTrue(answer.text().contains("limit of " + DEFAULT_LIMIT + " bytes for default"), answer.text());
            assertEquals(-1, answer.continued(), "refused before the body was asked for");
        }
        assertReady();
    }

    @Test
    void bodiesThatDoNotFitInTheBudgetAre503WithRetryAfterAndTheAcceptedOnesAreRead() throws Exception {
        // 20 bulk bodies within the bulk limit (900K each), their heads sent together: the 4M budget
        // holds four of them; the others are refused at once, before their bodies are sent.
        byte[] body = bulkWithOneHugeText(900 * 1024);
        List<Socket> sockets = new ArrayList<>();
        List<Answer> refused = new ArrayList<>();
        List<Socket> accepted = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Socket socket = open();
                sockets.add(socket);
                writeHead(socket, "/api/leads/bulk", "Content-Length: " + body.length + "\r\n", "integration");
            }
            for (Socket socket : sockets) {
                Answer first = read(socket);
                if (first.status() == 100) {
                    accepted.add(socket);
                } else {
                    refused.add(first);
                }
            }
            assertEquals(4, accepted.size(), "the budget holds four 900K bodies");
            for (Answer answer : refused) {
                assertEquals(503, answer.status(), answer.text());
                assertTrue(answer.isProblem(), answer.text());
                assertTrue(answer.header("retry-after") != null, answer.text());
            }
            for (Socket socket : accepted) {
                socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
                Answer answer = read(socket);
                // Read and parsed: the 900K text stops the parser at once, a 400 naming the record (bulk
                // records are read as trees, which keep no field names on the way).
                assertEquals(400, answer.status(), answer.text());
                assertTrue(answer.isProblem(), answer.text());
                assertTrue(answer.text().contains("\"field\":\"records[0]"), answer.text());
                assertTrue(answer.text().contains("16384"), answer.text());
            }
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        awaitBudgetReleased();
        createALead();
    }

    @Test
    void abortedUploadsGiveTheirBudgetBack() throws Exception {
        byte[] body = bulkWithOneHugeText(900 * 1024);
        for (int round = 0; round < 3; round++) {
            List<Socket> sockets = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Socket socket = open();
                sockets.add(socket);
                writeHead(socket, "/api/leads/bulk", "Content-Length: " + body.length + "\r\n", "integration");
                assertEquals(100, read(socket).status(), "round " + round + ": the budget was given back");
                socket.getOutputStream().write(body, 0, 10_000);
                socket.getOutputStream().flush();
            }
            assertTrue(budget.inFlight() > 0);
            for (Socket socket : sockets) {
                socket.close(); // the client goes away half-way
            }
            awaitBudgetReleased();
        }
        createALead();
    }

    @Test
    void aChunkedBodyIsCountedAsItArrives() throws Exception {
        byte[] over = leadWithCompany("x".repeat(DEFAULT_LIMIT)).getBytes(StandardCharsets.UTF_8);
        Answer refused = chunked("/api/leads", over);
        assertEquals(413, refused.status(), refused.text());
        assertTrue(refused.isProblem(), refused.text());
        String company = "Chunked " + UUID.randomUUID();
        Answer created = chunked("/api/leads", leadWithCompany(company).getBytes(StandardCharsets.UTF_8));
        assertEquals(201, created.status(), created.text());
        assertTrue(created.text().contains(company), created.text());
    }

    @Test
    void aBulkBodyAtItsRouteSizeIsAccepted() {
        // Over the ordinary limit, within the bulk one: 600 records of about 1 KB.
        String prefix = "bulk-size-" + UUID.randomUUID();
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            records.append(i == 0 ? "" : ",")
                    .append("{\"email\":\"b")
                    .append(i)
                    .append("@contoso.example\",\"source\":\"HUBSPOT\",\"externalId\":\"")
                    .append(prefix)
                    .append('-')
                    .append(i)
                    .append("\",\"attributes\":{\"note\":\"")
                    .append("n".repeat(900))
                    .append("\"}}");
        }
        String body = "{\"records\":[" + records + "]}";
        assertTrue(body.length() > DEFAULT_LIMIT && body.length() < BULK_LIMIT, String.valueOf(body.length()));
        as("integration")
                .body(body)
                .post("/api/leads/bulk")
                .then()
                .statusCode(200)
                .body("summary.created", equalTo(600));
    }

    @Test
    void aTextPastTheParsersBoundIs400NamingTheField() {
        as("marketing")
                .body(leadWithCompany("x".repeat(200_000)))
                .post("/api/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("company"))
                .body("errors[0].message", containsString("16384"));
    }

    // --- helpers -------------------------------------------------------------------------------

    record Answer(int status, String text, int continued) {
        boolean isProblem() {
            return text.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json")
                    && text.contains("\"status\":" + status);
        }

        String header(String name) {
            for (String line : text.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith(name + ":")) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }
    }

    static String leadWithCompany(String company) {
        return "{\"email\":\"limits@contoso.example\",\"source\":\"WEB_FORM\",\"company\":\"" + company + "\"}";
    }

    static byte[] bulkWithOneHugeText(int size) {
        String head = "{\"records\":[{\"email\":\"huge@contoso.example\",\"source\":\"HUBSPOT\",\"company\":\"";
        String tail = "\"}]}";
        return (head + "x".repeat(size - head.length() - tail.length()) + tail).getBytes(StandardCharsets.UTF_8);
    }

    static <T> List<T> concurrently(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static Socket open() throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(30_000);
        return socket;
    }

    static void writeHead(Socket socket, String path, String framing, String role) throws IOException {
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + DevTokens.forRoles(role) + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                + framing + "\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** One POST with Expect: 100-continue: the body is sent only when the server asks for it. */
    static Answer exchange(String path, byte[] body, boolean expectContinue) throws IOException {
        try (Socket socket = open()) {
            writeHead(socket, path, "Content-Length: " + body.length + "\r\n", "marketing");
            Answer first = read(socket);
            if (first.status() != 100) {
                return first;
            }
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            Answer answer = read(socket);
            return new Answer(answer.status(), answer.text(), 100);
        }
    }

    /** One POST of a chunked body, in 8 KB chunks; the answer may come before the last chunk. */
    static Answer chunked(String path, byte[] body) throws IOException {
        try (Socket socket = open()) {
            writeHead(socket, path, "Transfer-Encoding: chunked\r\n", "marketing");
            Answer first = read(socket);
            if (first.status() != 100) {
                return first;
            }
            OutputStream out = socket.getOutputStream();
            try {
                for (int offset = 0; offset < body.length; offset += 8192) {
                    int n = Math.min(8192, body.length - offset);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body, offset, n);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (SocketException e) {
                // refused (and the connection closed) before the whole body was sent
            }
            return read(socket);
        }
    }

    /** One response: the status line, headers and (by Content-Length) body; a 100 has no body. */
    static Answer read(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b ? matched + 1 : 0;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        if (text.isEmpty()) {
            return new Answer(-1, "(connection closed without an answer)", -1);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        Answer headOnly = new Answer(status, text, -1);
        String length = headOnly.header("content-length");
        if (status != 100 && length != null) {
            byte[] body = in.readNBytes(Integer.parseInt(length));
            text += new String(body, StandardCharsets.UTF_8);
        }
        return new Answer(status, text, -1);
    }

    private void awaitBudgetReleased() throws InterruptedException {
        for (int i = 0; i < 200 && budget.inFlight() != 0; i++) {
            Thread.sleep(50);
        }
        assertEquals(0, budget.inFlight(), "every body's budget is given back");
    }

    private static void createALead() {
        as("marketing")
                .body(leadWithCompany("After the burst " + UUID.randomUUID()))
                .post("/api/leads")
                .then()
                .statusCode(201);
    }

    private static void assertReady() {
        Management.management().get("/q/health/ready").then().statusCode(200);
    }
}
