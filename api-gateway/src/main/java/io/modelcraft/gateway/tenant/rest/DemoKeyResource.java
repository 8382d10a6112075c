package io.modelcraft.gateway.tenant.rest;

import io.modelcraft.gateway.config.GatewayConfig;
import io.modelcraft.gateway.problem.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The local run's demo API key, for the web page on the gateway's own machine, so that nobody has to copy it
 * from a file or put it in a URL. Only where the operator names the key's file ({@code MODELCRAFT_DEMO_KEY_FILE},
 * which {@code deploy/services.sh} sets for the local run), only to a loopback client, and only with the page's
 * header, which a page from another site cannot send without the gateway's consent (CORS).
 */
@Path("/local/demo-key")
public class DemoKeyResource {

    static final String PAGE_HEADER = "X-ModelCraft-Page";

    private final Optional<java.nio.file.Path> keyFile;

    public DemoKeyResource(GatewayConfig config) {
        this.keyFile = config.tenants().demoKeyFile();
    }

    @GET
    @Operation(summary = "The local run's demo API key (text), for the web page on this machine only")
    public Response demoKey(@Context HttpServerRequest request, @HeaderParam(PAGE_HEADER) String page) throws IOException {
        if (keyFile.isEmpty()) {
            return Problem.response(Response.Status.NOT_FOUND, "this gateway hands out no demo key");
        }
        if (!InetAddress.getByName(request.remoteAddress().host()).isLoopbackAddress()) {
            return Problem.response(Response.Status.FORBIDDEN, "the demo key is handed only to this machine's browser");
        }
        if (page == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "send the header " + PAGE_HEADER + ", as the web page does");
        }
        if (!Files.isReadable(keyFile.get())) {
            return Problem.response(Response.Status.NOT_FOUND, "the demo has not made its key yet: run deploy/up.sh");
        }
        String key = Files.readString(keyFile.get(), StandardCharsets.UTF_8).strip();
        return Response.ok(key, "text/plain").header("Cache-Control", "no-store").build();
    }
}
