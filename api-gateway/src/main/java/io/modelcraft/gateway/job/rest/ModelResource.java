package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.job.ModelAllowlist;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The models a job may choose, as the operator allowed them ({@code MODELCRAFT_ALLOWED_MODELS}). */
@Path("/api/v1/models")
public class ModelResource {

    private final ModelAllowlist allowlist;

    public ModelResource(ModelAllowlist allowlist) {
        this.allowlist = allowlist;
    }

    /** One allowed model: {@code name} is {@code provider:model}, as a job's options may name it. */
    public record AllowedModel(String provider, String model, String name, boolean isDefault) {
    }

    public record AllowedModels(List<AllowedModel> models) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The models a job may choose; the first, marked isDefault, is used when a job names none")
    public AllowedModels list() {
        List<String[]> pairs = allowlist.pairs();
        return new AllowedModels(IntStream.range(0, pairs.size()).mapToObj(i -> new AllowedModel(pairs.get(i)[0],
                pairs.get(i)[1], pairs.get(i)[0] + ":" + pairs.get(i)[1], i == 0)).toList());
    }
}
