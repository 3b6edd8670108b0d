package io.revalign.common.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class BulkReaderTest {

    enum Kind {
        A,
        B
    }

    record Contact(@NotBlank @Email String email, @PositiveOrZero Integer size, Kind kind) {}

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Validator validator = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    private final BulkReader reader = new BulkReader(mapper, validator);

    private BulkRequest<JsonNode> request(String json) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        mapper.readTree(json).forEach(records::add);
        return new BulkRequest<>(records);
    }

    @Test
    void invalidRecordsFailAloneWithTheirFieldErrors() throws Exception {
        BulkRequest<JsonNode> request = request(
                """
                [{"email": "a@example.com", "size": 3, "kind": "A"},
                 {"email": "not-an-email", "size": -1},
                 {"email": "b@example.com", "kind": "C"},
                 {"email": "c@example.com", "colour": "red"},
                 "just a string",
                 {"email": "d@example.com", "size": "many"},
                 {"email": "e@example.com"}]""");
        BulkLedger ledger = new BulkLedger(request.records().size());

        List<BulkRecord<Contact>> valid = reader.read(request, Contact.class, ledger);

        assertEquals(List.of(0, 6), valid.stream().map(BulkRecord::index).toList());
        assertEquals("a@example.com", valid.get(0).value().email());
        for (int index : List.of(0, 6)) {
            ledger.created(index, java.util.UUID.randomUUID());
        }
        List<BulkResult> results = ledger.response().results();
        assertEquals(List.of("email", "size"), fields(results.get(1)));
        assertEquals(List.of("kind"), fields(results.get(2)));
        assertEquals("must be one of: A, B", results.get(2).errors().get(0).message());
        assertEquals(List.of("colour"), fields(results.get(3)));
        assertEquals(List.of("records[4]"), fields(results.get(4)));
        assertEquals(List.of("size"), fields(results.get(5)));
        assertEquals(new BulkSummary(2, 0, 0, 5), ledger.response().summary());
    }

    @Test
    void overTheLimitNothingIsRead() throws Exception {
        List<JsonNode> records = new ArrayList<>();
        for (int i = 0; i <= BulkRequest.MAX_RECORDS; i++) {
            records.add(mapper.readTree("{\"email\": \"x@example.com\"}"));
        }
        ProblemException e = assertThrows(
                ProblemException.class,
                () -> reader.read(new BulkRequest<>(records), Contact.class, new BulkLedger(0)));
        assertEquals(413, e.toProblem("/").status());
    }

    private static List<String> fields(BulkResult result) {
        assertEquals(BulkStatus.FAILED, result.status());
        return result.errors().stream().map(Problem.FieldError::field).toList();
    }
}
