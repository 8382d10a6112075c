package io.modelcraft.gateway.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.contracts.CompileRequested;
import io.modelcraft.gateway.config.GatewayConfig;
import io.modelcraft.gateway.json.JsonText;
import io.modelcraft.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Accepts direct checks: the check and the compile request that asks a worker for its verdict are committed
 * together, and go through the same topic and sandbox as a job's iterations. The request is iteration 0 of a "job"
 * whose id is the check's: a job's iterations count from 1, so a verdict on iteration 0 is a check's, and the agent,
 * which knows no such job, passes it by.
 */
@ApplicationScoped
public class CheckService {

    public static final int ITERATION = 0;

    private final ObjectMapper json;
    private final Outbox outbox;
    private final GatewayConfig config;

    public CheckService(ObjectMapper json, Outbox outbox, GatewayConfig config) {
        this.json = json;
        this.outbox = outbox;
        this.config = config;
    }

    public ModelCheck submit(UUID tenantId, NewCheck request) {
        return QuarkusTransaction.requiringNew().call(() -> create(tenantId, request));
    }

    private ModelCheck create(UUID tenantId, NewCheck request) {
        ModelCheck check = new ModelCheck();
        check.id = UUID.randomUUID();
        check.tenantId = tenantId;
        check.code = request.code();
        check.filesJson = JsonText.write(json, sizes(request.files()));
        check.diagnostics = request.diagnostics();
        check.requestEventId = UUID.randomUUID().toString();
        check.status = CheckStatus.QUEUED;
        check.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        check.persist();
        CompileRequested message = new CompileRequested(CompileRequested.SCHEMA_VERSION, check.requestEventId,
                check.id.toString(), ITERATION, check.code, null, check.diagnostics,
                request.files().isEmpty() ? null : request.files(), check.createdAt);
        outbox.add(config.topics().compileRequested(), check.id.toString(), JsonText.write(json, message));
        return check;
    }

    private static Map<String, Integer> sizes(Map<String, String> files) {
        Map<String, Integer> sizes = new TreeMap<>();
        files.forEach((name, base64) -> sizes.put(name, Base64.getDecoder().decode(base64).length));
        return sizes;
    }
}
