package io.modelcraft.gateway.job;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/** A PNG plot of an iteration's check, served at {@link #path}; once stored it never changes. */
@Entity
@Table(name = "iteration_plot")
@IdClass(IterationPlot.Key.class)
public class IterationPlot extends PanacheEntityBase {

    public record Key(UUID jobId, int iteration, String name) {
    }

    @Id
    @Column(name = "job_id")
    public UUID jobId;
    @Id
    public int iteration;
    @Id
    public String name;
    public byte[] png;

    public static void store(UUID jobId, int iteration, String name, byte[] png) {
        IterationPlot plot = new IterationPlot();
        plot.jobId = jobId;
        plot.iteration = iteration;
        plot.name = name;
        plot.png = png;
        plot.persist();
    }

    public static Optional<IterationPlot> of(UUID jobId, int iteration, String name) {
        return find("jobId = ?1 and iteration = ?2 and name = ?3", jobId, iteration, name).firstResultOptional();
    }

    public static String path(UUID jobId, int iteration, String name) {
        return "/api/v1/jobs/" + jobId + "/iterations/" + iteration + "/plots/" + name + ".png";
    }
}
