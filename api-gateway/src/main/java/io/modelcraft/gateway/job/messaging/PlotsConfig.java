package io.modelcraft.gateway.job.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on the plots a check brings. */
@ConfigMapping(prefix = "modelcraft.plots")
public interface PlotsConfig {

    /** The largest PNG stored, in bytes; a larger plot is dropped. */
    @WithDefault("1048576")
    int maxBytes();
}
