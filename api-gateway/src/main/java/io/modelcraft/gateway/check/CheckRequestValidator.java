package io.modelcraft.gateway.check;

import io.modelcraft.gateway.config.GatewayConfig;
import io.modelcraft.gateway.problem.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks a check request against the configured limits before anything is stored; each refusal says why. */
@ApplicationScoped
public class CheckRequestValidator {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,99}");

    private final GatewayConfig.Checks limits;

    public CheckRequestValidator(GatewayConfig config) {
        this.limits = config.checks();
    }

    public NewCheck validate(CheckRequest request) {
        if (request == null) {
            throw new InvalidRequestException("the request body is empty; send a JSON object with the program as \"code\"");
        }
        if (request.code() == null || request.code().isBlank()) {
            throw new InvalidRequestException("\"code\" is required and must not be blank");
        }
        if (request.code().length() > limits.maxCodeChars()) {
            throw new InvalidRequestException("\"code\" has " + request.code().length() + " characters; the limit is "
                    + limits.maxCodeChars());
        }
        return new NewCheck(request.code(), files(request.files()), Boolean.TRUE.equals(request.diagnostics()));
    }

    private Map<String, String> files(List<CheckRequest.DataFile> files) {
        if (files == null) {
            return Map.of();
        }
        if (files.size() > limits.maxFiles()) {
            throw new InvalidRequestException("\"files\" has " + files.size() + " files; the limit is " + limits.maxFiles());
        }
        Map<String, String> byName = new LinkedHashMap<>();
        long total = 0;
        for (int i = 0; i < files.size(); i++) {
            CheckRequest.DataFile file = files.get(i);
            String field = "files[" + i + "]";
            if (file == null || file.name() == null || !FILE_NAME.matcher(file.name()).matches()) {
                throw new InvalidRequestException("\"" + field + ".name\" must be a plain file name: 1 to 100 letters,"
                        + " digits, '.', '_' or '-', not starting with '.' or '-' (no directories)");
            }
            byte[] contents = contents(field, file);
            if (contents.length > limits.maxFileBytes()) {
                throw new InvalidRequestException("\"" + field + "\" (" + file.name() + ") has " + contents.length
                        + " bytes; the limit is " + limits.maxFileBytes());
            }
            total += contents.length;
            if (byName.put(file.name(), Base64.getEncoder().encodeToString(contents)) != null) {
                throw new InvalidRequestException("\"files\" names " + file.name() + " twice");
            }
        }
        if (total > limits.maxTotalFileBytes()) {
            throw new InvalidRequestException("\"files\" hold " + total + " bytes together; the limit is "
                    + limits.maxTotalFileBytes());
        }
        return byName;
    }

    private static byte[] contents(String field, CheckRequest.DataFile file) {
        if ((file.text() == null) == (file.base64() == null)) {
            throw new InvalidRequestException("\"" + field + "\" needs its contents as \"text\" or as \"base64\", one of them");
        }
        if (file.text() != null) {
            return file.text().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getDecoder().decode(file.base64());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("\"" + field + ".base64\" is not valid base64: " + e.getMessage());
        }
    }
}
