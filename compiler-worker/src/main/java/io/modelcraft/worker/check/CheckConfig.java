package io.modelcraft.worker.check;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Where the checker lives and how much one check may use. */
@ConfigMapping(prefix = "modelcraft.check")
public interface CheckConfig {

    /** The Python interpreter of the virtualenv holding the pinned PyMC. */
    String python();

    /** The directory holding the {@code modelcraft_check} package. */
    Path checkerPath();

    /** Parent of the private temporary directory each check gets. */
    @WithDefault("${java.io.tmpdir}")
    Path workRoot();

    /** Wall-clock limit of one check; the process is killed after it. */
    @WithDefault("60s")
    Duration timeout();

    /** Output of a check kept at most (stdout and stderr each); the rest is discarded. */
    @WithDefault("1048576")
    int maxOutputBytes();
}
