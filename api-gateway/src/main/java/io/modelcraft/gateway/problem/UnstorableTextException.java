package io.modelcraft.gateway.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string field whose text cannot be stored ({@link UnstorableText}); Jackson adds the field's path. */
public class UnstorableTextException extends JsonMappingException {

    public UnstorableTextException(JsonParser parser, String why) {
        super(parser, why);
    }
}
