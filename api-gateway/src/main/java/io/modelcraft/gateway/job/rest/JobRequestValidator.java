package io.modelcraft.gateway.job.rest;

import io.modelcraft.gateway.config.GatewayConfig;
import io.modelcraft.gateway.problem.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;

/** Checks a submit before anything is stored; every refusal says which field and why. */
@ApplicationScoped
public class JobRequestValidator {

    private final GatewayConfig config;

    public JobRequestValidator(GatewayConfig config) {
        this.config = config;
    }

    public void validate(SubmitJobRequest request) {
        if (request == null) {
            throw new InvalidRequestException("the request body is empty; send a JSON object with a \"problem\"");
        }
        if (request.problem() == null || request.problem().isBlank()) {
            throw new InvalidRequestException("\"problem\" is required and must not be blank");
        }
        if (request.problem().length() > config.maxProblemChars()) {
            throw new InvalidRequestException("\"problem\" has " + request.problem().length()
                    + " characters; the limit is " + config.maxProblemChars());
        }
        if (request.maxIterations() != null
                && (request.maxIterations() < 1 || request.maxIterations() > config.maxIterationsCap())) {
            throw new InvalidRequestException("\"maxIterations\" must be between 1 and " + config.maxIterationsCap());
        }
        if (request.model() != null && (request.model().isBlank() || request.model().length() > 200)) {
            throw new InvalidRequestException("\"model\" must be a model name of 1 to 200 characters");
        }
        if (request.webhookUrl() != null) {
            validateWebhookUrl(request.webhookUrl());
        }
    }

    private static void validateWebhookUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null || url.length() > 2048) {
                throw new InvalidRequestException("\"webhookUrl\" must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw new InvalidRequestException("\"webhookUrl\" is not a valid URL: " + e.getReason());
        }
    }
}
