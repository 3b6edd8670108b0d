import com.sun.net.httpserver.HttpServer;
import java.io.FileWriter;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver for the benchmark: verifies each delivery's Standard Webhooks signature (written
 * from the specification, not RevAlign's signer) and writes "webhook-id arrival-ms body-timestamp" per
 * verified delivery to the log file; a delivery that does not verify is answered 401 and counted.
 * Usage: java Receiver.java PORT SECRET-FILE LOG-FILE
 */
public class Receiver {
    private static final java.util.regex.Pattern TIMESTAMP =
            java.util.regex.Pattern.compile("\"timestamp\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String secret = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[1]))).trim();
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        PrintWriter log = new PrintWriter(new FileWriter(args[2]), true);
        AtomicLong refused = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 512);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String ts = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
            boolean ok = false;
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                mac.update((id + "." + ts + ".").getBytes(StandardCharsets.UTF_8));
                String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
                for (String s : signatures.split(" ")) {
                    ok |= s.equals(expected);
                }
            } catch (Exception e) {
                ok = false;
            }
            if (ok) {
                java.util.regex.Matcher timestamp = TIMESTAMP.matcher(new String(body, StandardCharsets.UTF_8));
                String committed = timestamp.find() ? timestamp.group(1) : "unknown";
                synchronized (log) {
                    log.println(id + " " + System.currentTimeMillis() + " " + committed);
                }
            } else {
                refused.incrementAndGet();
                System.err.println("refused " + id);
            }
            exchange.sendResponseHeaders(ok ? 204 : 401, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
    }
}
