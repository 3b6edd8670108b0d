package io.revalign.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * The JSON every RevAlign request body is read with: what a lenient reader would guess at is a 400
 * naming the field instead. Trailing content after the document, duplicate keys, numbers for enums,
 * fractions for integers, strings for numbers or booleans, and text holding NUL (U+0000, which
 * PostgreSQL cannot store) or a lone surrogate half (not a character) are all refused. And the
 * parser stops at once, with a 400 naming the field, at a text longer than {@link #MAX_TEXT}
 * characters, a key longer than {@link #MAX_NAME} or a number longer than {@link #MAX_NUMBER} digits,
 * instead of building it first and letting bean validation refuse it: a 9 MB string in a body costs
 * 16 K characters, not tens of MB of buffers.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /**
     * The longest text any request may hold: the largest value the contracts allow (free JSON,
     * {@code attributes}, at most 16,384 characters as JSON; every text field has a smaller maxLength).
     */
    public static final int MAX_TEXT = 16_384;

    /** The longest key: free-JSON keys are at most 100 characters, every other key is a known field. */
    public static final int MAX_NAME = 1_000;

    /** The most characters of one number (a 64-bit integer has 20; decimals in the contracts fewer). */
    public static final int MAX_NUMBER = 100;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(MAX_TEXT)
                        .maxNameLength(MAX_NAME)
                        .maxNumberLength(MAX_NUMBER)
                        .build());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("revalign-strict-text").addDeserializer(String.class, new Text()));
    }

    /** Whether {@code text} is free of NUL and of unpaired surrogate halves. */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The message for text that is not {@link #storable}. */
    public static final String NOT_STORABLE = "must not contain NUL (U+0000) or an unpaired surrogate";

    /** String fields: only JSON strings (no numbers or booleans turned into text), and only storable ones. */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            if (!storable(text)) {
                throw InvalidFormatException.from(parser, NOT_STORABLE, text, String.class);
            }
            return text;
        }
    }
}
