import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submit load on the gateway: N keep-alive HTTP/1.1 connections submitting jobs as fast as they are answered,
 * and pollers reading the status of the newest job meanwhile. A plain-socket client with one thread per
 * connection, so that the client costs little of the CPU it shares with the server it measures.
 *
 * Run against a running gateway (deploy/up.sh prints a demo API key; deploy/bench/gateway_load.py runs it
 * against a private stack):
 *   java deploy/bench/GatewayLoad.java --url http://127.0.0.1:8080 --api-key mck_... [--seconds 20]
 *        [--warmup-seconds 5] [--connections 16] [--pollers 1] [--max-iterations 1]
 * Prints the figures and, last, one JSON line with them.
 */
public class GatewayLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    record Options(URI url, String apiKey, double seconds, double warmupSeconds, int connections, int pollers,
                   String problem, int maxIterations) {

        static Options parse(String[] args) {
            Map<String, String> given = new TreeMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                given.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            return new Options(URI.create(given.getOrDefault("url", "http://127.0.0.1:8080")), given.get("api-key"),
                    Double.parseDouble(given.getOrDefault("seconds", "20")),
                    Double.parseDouble(given.getOrDefault("warmup-seconds", "5")),
                    Integer.parseInt(given.getOrDefault("connections", "16")),
                    Integer.parseInt(given.getOrDefault("pollers", "1")),
                    given.getOrDefault("problem", "[bench: first try] coin: 140 heads in 250 spins; is it biased?"),
                    Integer.parseInt(given.getOrDefault("max-iterations", "1")));
        }
    }

    /** One keep-alive connection; reconnects when the server closes it. */
    static final class Connection {
        private final URI url;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        Connection(URI url) {
            this.url = url;
        }

        Response send(String method, String path, String apiKey, byte[] body) throws IOException {
            for (int attempt = 0; ; attempt++) {
                try {
                    if (socket == null) {
                        socket = new Socket(url.getHost(), url.getPort());
                        socket.setTcpNoDelay(true);
                        out = socket.getOutputStream();
                        in = new BufferedInputStream(socket.getInputStream(), 16384);
                    }
                    out.write(request(method, path, apiKey, body));
                    out.flush();
                    return Response.read(in);
                } catch (IOException e) {
                    close();
                    if (attempt > 0) {
                        throw e;
                    }
                }
            }
        }

        private byte[] request(String method, String path, String apiKey, byte[] body) {
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(url.getHost()).append(':').append(url.getPort()).append("\r\n");
            if (apiKey != null) {
                head.append("Authorization: Bearer ").append(apiKey).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
            if (body == null) {
                return headBytes;
            }
            byte[] all = Arrays.copyOf(headBytes, headBytes.length + body.length);
            System.arraycopy(body, 0, all, headBytes.length, body.length);
            return all;
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    record Response(int status, String body) {

        static Response read(InputStream in) throws IOException {
            String statusLine = line(in);
            if (statusLine == null) {
                throw new IOException("connection closed");
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            int length = -1;
            boolean chunked = false;
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            byte[] body = chunked ? chunks(in) : in.readNBytes(Math.max(0, length));
            return new Response(status, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] chunks(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            line(in);
            return body.toByteArray();
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder text = new StringBuilder();
            for (int b = in.read(); b != -1; b = in.read()) {
                if (b == '\n') {
                    return text.toString();
                }
                if (b != '\r') {
                    text.append((char) b);
                }
            }
            return text.length() == 0 ? null : text.toString();
        }
    }

    /** What one client thread measured inside the counted window. */
    static final class Tally {
        final List<Long> latencies = new ArrayList<>();
        final Map<Integer, Integer> otherStatuses = new TreeMap<>();
        int accepted;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        long start = System.nanoTime();
        long counted = start + (long) (options.warmupSeconds() * 1e9);
        long end = counted + (long) (options.seconds() * 1e9);
        AtomicReference<String> newest = new AtomicReference<>();
        byte[] body = ("{\"problem\": \"" + jsonEscape(options.problem()) + "\", \"maxIterations\": "
                + options.maxIterations() + "}").getBytes(StandardCharsets.UTF_8);
        List<Thread> threads = new ArrayList<>();
        List<Tally> submits = new ArrayList<>();
        List<Tally> polls = new ArrayList<>();
        for (int i = 0; i < options.connections(); i++) {
            Tally tally = new Tally();
            submits.add(tally);
            threads.add(started(() -> submitLoop(options, body, counted, end, newest, tally)));
        }
        for (int i = 0; i < options.pollers(); i++) {
            Tally tally = new Tally();
            polls.add(tally);
            threads.add(started(() -> pollLoop(options, counted, end, newest, tally)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        report(options, submits, polls);
    }

    static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    static void submitLoop(Options options, byte[] body, long counted, long end, AtomicReference<String> newest, Tally tally) {
        Connection connection = new Connection(options.url());
        try {
            for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                Response response = connection.send("POST", "/api/v1/jobs", options.apiKey(), body);
                long took = System.nanoTime() - now;
                if (response.status() == 202) {
                    Matcher id = ID.matcher(response.body());
                    if (id.find()) {
                        newest.set(id.group(1));
                    }
                }
                if (now >= counted) {
                    tally.latencies.add(took);
                    if (response.status() == 202) {
                        tally.accepted++;
                    } else {
                        tally.otherStatuses.merge(response.status(), 1, Integer::sum);
                    }
                }
            }
        } catch (IOException e) {
            tally.otherStatuses.merge(-1, 1, Integer::sum);
        } finally {
            connection.close();
        }
    }

    static void pollLoop(Options options, long counted, long end, AtomicReference<String> newest, Tally tally) {
        Connection connection = new Connection(options.url());
        try {
            for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                String id = newest.get();
                if (id == null) {
                    Thread.sleep(5);
                    continue;
                }
                Response response = connection.send("GET", "/api/v1/jobs/" + id, options.apiKey(), null);
                if (now >= counted) {
                    tally.latencies.add(System.nanoTime() - now);
                    tally.otherStatuses.merge(response.status(), 1, Integer::sum);
                }
            }
        } catch (IOException | InterruptedException e) {
            tally.otherStatuses.merge(-1, 1, Integer::sum);
        } finally {
            connection.close();
        }
    }

    static void report(Options options, List<Tally> submits, List<Tally> polls) {
        long[] submitNanos = merged(submits);
        long[] pollNanos = merged(polls);
        int accepted = submits.stream().mapToInt(t -> t.accepted).sum();
        Map<Integer, Integer> others = new TreeMap<>();
        submits.forEach(t -> t.otherStatuses.forEach((k, v) -> others.merge(k, v, Integer::sum)));
        Map<Integer, Integer> pollStatuses = new TreeMap<>();
        polls.forEach(t -> t.otherStatuses.forEach((k, v) -> pollStatuses.merge(k, v, Integer::sum)));
        double perSecond = accepted / options.seconds();
        System.out.printf("submits: %d accepted in %.0f s = %.0f/s from %d connections (other statuses: %s)%n",
                accepted, options.seconds(), perSecond, options.connections(), others);
        System.out.printf("submit latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                ms(submitNanos, 0.5), ms(submitNanos, 0.9), ms(submitNanos, 0.99), ms(submitNanos, 1.0));
        System.out.printf("status polls under that load: %d (statuses %s), p50 %.1f ms, p99 %.1f ms%n",
                pollNanos.length, pollStatuses, ms(pollNanos, 0.5), ms(pollNanos, 0.99));
        System.out.printf("{\"submitsPerSecond\": %.1f, \"accepted\": %d, \"otherStatuses\": \"%s\", \"submitP50Ms\": %.2f,"
                        + " \"submitP99Ms\": %.2f, \"polls\": %d, \"pollP50Ms\": %.2f, \"pollP99Ms\": %.2f}%n",
                perSecond, accepted, others, ms(submitNanos, 0.5), ms(submitNanos, 0.99), pollNanos.length,
                ms(pollNanos, 0.5), ms(pollNanos, 0.99));
    }

    static long[] merged(List<Tally> tallies) {
        return tallies.stream().flatMap(t -> t.latencies.stream()).mapToLong(Long::longValue).sorted().toArray();
    }

    static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))] / 1e6;
    }

    static String jsonEscape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> escaped.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return escaped.toString();
    }
}
