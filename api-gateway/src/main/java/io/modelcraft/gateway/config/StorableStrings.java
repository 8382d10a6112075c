package io.modelcraft.gateway.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import io.modelcraft.gateway.problem.UnstorableText;
import io.modelcraft.gateway.problem.UnstorableTextException;
import java.io.IOException;

/** Every JSON string read as Jackson's own reader reads it, then refused if it cannot be stored. */
class StorableStrings extends StdScalarDeserializer<String> {

    StorableStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        String why = text == null ? null : UnstorableText.why(text);
        if (why != null) {
            throw new UnstorableTextException(parser, why);
        }
        return text;
    }
}
