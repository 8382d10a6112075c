package io.modelcraft.gateway.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcraft.contracts.CheckResult;
import io.modelcraft.gateway.json.JsonText;
import java.time.Instant;
import java.util.Map;

/**
 * A direct check as the API and the MCP tool show it: {@code ok} and {@code check} (the worker's whole verdict, the
 * same a job's iteration gets) are null until it is {@code CHECKED}; {@code files} are the data files' sizes in bytes.
 */
public record CheckView(String id, CheckStatus status, Boolean ok, CheckResult check, Long checkMillis, String code,
                        Map<String, Integer> files, boolean diagnostics, Instant createdAt, Instant checkedAt,
                        String statusUrl) {

    /** The same without the program, for a caller that has it (an assistant's tokens are not spent on it twice). */
    public CheckView withoutCode() {
        return new CheckView(id, status, ok, check, checkMillis, null, files, diagnostics, createdAt, checkedAt, statusUrl);
    }

    public static CheckView of(ModelCheck check, ObjectMapper json, String statusUrl) {
        CheckResult result = check.resultJson == null ? null : JsonText.read(json, check.resultJson, CheckResult.class);
        return new CheckView(check.id.toString(), check.status, result == null ? null : result.ok(), result,
                check.checkMillis, check.code, sizes(json, check.filesJson), check.diagnostics,
                check.createdAt, check.checkedAt, statusUrl);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> sizes(ObjectMapper json, String filesJson) {
        return JsonText.read(json, filesJson, Map.class);
    }
}
