package io.revalign.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Sample(String name, Integer size, Kind kind, List<String> tags) {}

    enum Kind {
        A,
        B
    }

    static final ObjectMapper MAPPER = strict();

    static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    static Sample read(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, Sample.class);
    }

    @Test
    void storableTextHasNoNulAndNoLoneSurrogate() {
        assertTrue(StrictJson.storable("Grüße 😀"));
        assertFalse(StrictJson.storable("a\u0000b"));
        assertFalse(StrictJson.storable("a\ud83d"));
        assertFalse(StrictJson.storable("\ude00b"));
    }

    @Test
    void aWellFormedDocumentReads() throws JsonProcessingException {
        assertEquals(
                new Sample("x", 3, Kind.B, List.of("t")),
                read("{\"name\":\"x\",\"size\":3,\"kind\":\"B\",\"tags\":[\"t\"]}"));
    }

    @Test
    void whatALenientReaderWouldGuessIsRefused() {
        for (String json : List.of(
                "{\"name\":\"x\"} trailing",
                "{\"name\":\"x\",\"name\":\"y\"}",
                "{\"kind\":1}",
                "{\"size\":1.5}",
                "{\"size\":\"12\"}",
                "{\"name\":12}",
                "{\"name\":\"a\\u0000b\"}",
                "{\"name\":\"a\\ud83d\"}",
                "{\"tags\":[\"a\\u0000\"]}")) {
            assertThrows(JsonProcessingException.class, () -> read(json), json);
        }
    }
}
