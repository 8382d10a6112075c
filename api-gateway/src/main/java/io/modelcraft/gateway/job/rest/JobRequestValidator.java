package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.config.GatewayConfig;
import io.modelcraft.gateway.job.Job;
import io.modelcraft.gateway.job.ModelAllowlist;
import io.modelcraft.gateway.job.NewJob;
import io.modelcraft.gateway.problem.InvalidRequestException;
import io.modelcraft.gateway.webhook.AddressPolicy;
import io.modelcraft.gateway.webhook.WebhookSender;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;

/** Checks a submit or follow-up before anything is stored; every refusal says which field and why. */
@ApplicationScoped
public class JobRequestValidator {

    private final GatewayConfig config;
    private final ModelAllowlist allowlist;
    private final AddressPolicy addresses;

    public JobRequestValidator(GatewayConfig config, ModelAllowlist allowlist, WebhookSender sender) {
        this.config = config;
        this.allowlist = allowlist;
        this.addresses = sender.policy();
    }

    public NewJob validate(SubmitJobRequest request) {
        if (request == null) {
            throw new InvalidRequestException("the request body is empty; send a JSON object with a \"problem\"");
        }
        String problem = text("problem", request.problem(), config.maxProblemChars());
        checkOptions(request.maxIterations(), request.webhookUrl());
        String[] model = model(request.provider(), request.model());
        return new NewJob(problem.strip(), request.webhookUrl(), request.maxIterations(), model[0], model[1],
                request.retryOnWarnings(), request.diagnostics(), null, null, null);
    }

    /** A follow-up takes the parent's problem, and its options where the request names none. */
    public NewJob validate(FollowUpRequest request, Job parent) {
        if (request == null) {
            throw new InvalidRequestException("the request body is empty; send a JSON object with a \"message\"");
        }
        String message = text("message", request.message(), config.maxProblemChars());
        checkOptions(request.maxIterations(), request.webhookUrl());
        boolean chooses = request.provider() != null || request.model() != null;
        String[] model = model(chooses ? request.provider() : parent.provider, chooses ? request.model() : parent.model);
        return new NewJob(parent.problem, request.webhookUrl() != null ? request.webhookUrl() : parent.webhookUrl,
                request.maxIterations() != null ? request.maxIterations() : parent.maxIterations, model[0], model[1],
                request.retryOnWarnings() != null ? request.retryOnWarnings() : parent.retryOnWarnings,
                request.diagnostics() != null ? request.diagnostics() : parent.diagnostics,
                parent.id, message.strip(), request.webhookUrl() != null ? null : parent.webhookEndpointId);
    }

    private static String text(String field, String value, int maxChars) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("\"" + field + "\" is required and must not be blank");
        }
        if (value.length() > maxChars) {
            throw new InvalidRequestException("\"" + field + "\" has " + value.length()
                    + " characters; the limit is " + maxChars);
        }
        return value;
    }

    private void checkOptions(Integer maxIterations, String webhookUrl) {
        if (maxIterations != null && (maxIterations < 1 || maxIterations > config.maxIterationsCap())) {
            throw new InvalidRequestException("\"maxIterations\" must be between 1 and " + config.maxIterationsCap());
        }
        if (webhookUrl != null) {
            checkWebhookUrl("webhookUrl", webhookUrl);
        }
    }

    private String[] model(String provider, String model) {
        return allowlist.resolve(provider, model).orElseThrow(() -> new InvalidRequestException(
                "\"provider\" " + quoted(provider) + " with \"model\" " + quoted(model)
                        + " is not allowed here; allowed provider:model pairs: " + allowlist.describe()));
    }

    private static String quoted(String value) {
        return value == null ? "(any)" : "\"" + (value.length() > 60 ? value.substring(0, 60) + "…" : value) + "\"";
    }

    /** Refuses a URL that is not absolute http(s), has user info, or reaches an address the policy forbids. */
    public void checkWebhookUrl(String field, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidRequestException("\"" + field + "\" is not a valid URL: " + e.getReason());
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null || url.length() > 2048 || uri.getRawUserInfo() != null) {
            throw new InvalidRequestException("\"" + field + "\" must be an absolute http or https URL without user info");
        }
        try {
            addresses.check(uri.getHost());
        } catch (AddressPolicy.RefusedAddressException e) {
            throw new InvalidRequestException("\"" + field + "\" is refused: " + e.getMessage());
        }
    }
}
