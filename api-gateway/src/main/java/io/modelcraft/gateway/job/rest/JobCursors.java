package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.config.GatewayConfig;
import io.modelcraft.gateway.job.JobFilter;
import io.modelcraft.gateway.job.JobPosition;
import io.modelcraft.gateway.problem.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque list cursors: base64url of a version byte, the position (created at in epoch microseconds, id)
 * and an HMAC over the position and the filters. A cursor edited, forged or used with other filters is
 * refused. 45 bytes make 60 base64 characters with no spare bits, so every character counts.
 */
@ApplicationScoped
public class JobCursors {

    private static final byte VERSION = 1;
    private static final int POSITION_BYTES = 25;
    private static final int MAC_BYTES = 20;

    private final SecretKeySpec key;

    public JobCursors(GatewayConfig config) {
        byte[] secret = config.listing().cursorSecret()
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    return random;
                });
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String encode(JobPosition position, JobFilter filter) {
        Instant at = position.createdAt();
        byte[] body = ByteBuffer.allocate(POSITION_BYTES).put(VERSION)
                .putLong(Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000))
                .putLong(position.id().getMostSignificantBits()).putLong(position.id().getLeastSignificantBits())
                .array();
        byte[] cursor = Arrays.copyOf(body, POSITION_BYTES + MAC_BYTES);
        System.arraycopy(sign(body, filter), 0, cursor, POSITION_BYTES, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor);
    }

    public JobPosition decode(String cursor, JobFilter filter) {
        byte[] raw;
        if (cursor.length() > 2 * (POSITION_BYTES + MAC_BYTES)) {
            throw invalid();
        }
        try {
            raw = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (raw.length != POSITION_BYTES + MAC_BYTES || raw[0] != VERSION) {
            throw invalid();
        }
        byte[] body = Arrays.copyOf(raw, POSITION_BYTES);
        if (!MessageDigest.isEqual(sign(body, filter), Arrays.copyOfRange(raw, POSITION_BYTES, raw.length))) {
            throw invalid();
        }
        ByteBuffer position = ByteBuffer.wrap(body, 1, POSITION_BYTES - 1);
        long micros = position.getLong();
        Instant createdAt = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
        return new JobPosition(createdAt, new UUID(position.getLong(), position.getLong()));
    }

    private byte[] sign(byte[] body, JobFilter filter) {
        String filters = filter.tenantId() + "\n" + (filter.status() == null ? "" : filter.status().name())
                + "\n" + (filter.createdSince() == null ? "" : filter.createdSince().toString())
                + (filter.batchId() == null ? "" : "\n" + filter.batchId());
        byte[] filterBytes = filters.getBytes(StandardCharsets.UTF_8);
        byte[] signed = Arrays.copyOf(body, body.length + filterBytes.length);
        System.arraycopy(filterBytes, 0, signed, body.length, filterBytes.length);
        return Arrays.copyOf(hmac(key, signed), MAC_BYTES);
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static InvalidRequestException invalid() {
        return new InvalidRequestException("\"cursor\" is not a nextCursor this listing returned for the same"
                + " status, createdSince and batch; start again without a cursor");
    }
}
