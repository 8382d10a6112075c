package io.modelcraft.worker.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** Drains a process stream on its own thread, keeping only the last {@code limit} bytes. */
final class BoundedStreamReader {

    private BoundedStreamReader() {
    }

    static CompletableFuture<String> drain(InputStream in, int limit) {
        return CompletableFuture.supplyAsync(() -> {
            byte[] tail = new byte[limit];
            long total = 0;
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    for (int i = 0; i < n; i++) {
                        tail[(int) (total++ % limit)] = buffer[i];
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            long start = Math.max(0, total - limit);
            for (long i = start; i < total; i++) {
                kept.write(tail[(int) (i % limit)]);
            }
            return kept.toString(StandardCharsets.UTF_8);
        });
    }
}
