package io.modelcraft.gateway.webhook;

import io.modelcraft.gateway.config.GatewayConfig;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP attempt at a webhook. The host is resolved and checked against the address policy, and the
 * connection goes to that very address (TLS still checks the certificate against the host name), so a
 * name that re-resolves elsewhere between check and connect cannot redirect the request.
 */
@ApplicationScoped
public class WebhookSender {

    private final HttpClient client;
    private final AddressPolicy policy;
    private final Duration timeout;

    public WebhookSender(Vertx vertx, GatewayConfig config) {
        this.timeout = config.webhook().requestTimeout();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis()).setVerifyHost(true).setKeepAlive(false));
        this.policy = new AddressPolicy(new HashSet<>(config.webhook().allowedHosts().orElse(List.of()).stream()
                .map(String::toLowerCase).toList()), AddressPolicy::resolve);
    }

    public AddressPolicy policy() {
        return policy;
    }

    /** Sends and waits; never throws for what the network or the receiver does. */
    public Outcome send(String url, Map<String, String> headers, String body) {
        long started = System.nanoTime();
        try {
            URI uri = URI.create(url);
            boolean tls = "https".equals(uri.getScheme());
            int port = uri.getPort() != -1 ? uri.getPort() : (tls ? 443 : 80);
            InetAddress address = policy.check(uri.getHost());
            RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setSsl(tls)
                    .setHost(uri.getHost()).setPort(port).setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                    .setURI(uri.getRawPath().isEmpty() ? "/" : uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                    .setFollowRedirects(false).setTimeout(timeout.toMillis());
            headers.forEach(options::putHeader);
            return client.request(options)
                    .compose(request -> request.send(Buffer.buffer(body)))
                    .compose(response -> response.body().map(ignored -> new Outcome(response.statusCode(),
                            RetryAfter.parse(response.getHeader("retry-after"), Instant.now()), null, millisSince(started))))
                    .toCompletionStage().toCompletableFuture().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, null, "interrupted", millisSince(started));
        } catch (Exception e) {
            Throwable cause = e.getCause() != null && e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
            return new Outcome(null, null, cause.getClass().getSimpleName() + ": " + cause.getMessage(), millisSince(started));
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** What came back: a status (with its Retry-After) or the error that prevented one. */
    public record Outcome(Integer statusCode, Duration retryAfter, String error, long latencyMillis) {
        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }
}
