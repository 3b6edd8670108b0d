package io.revalign.common.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemMappers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads the records of a bulk request one by one: each is bound to its type with the application's
 * JSON settings and checked with Bean Validation; a record that fails either is recorded as FAILED
 * in the ledger with the same field errors a single request would get, and the others go on.
 */
@ApplicationScoped
public class BulkReader {

    private final ObjectMapper mapper;
    private final Validator validator;

    public BulkReader(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * The records of {@code request} that bind to {@code type} and validate, in input order; the
     * others are recorded as FAILED in {@code ledger}, which must be sized for the request.
     */
    public <T> List<BulkRecord<T>> read(BulkRequest<JsonNode> request, Class<T> type, BulkLedger ledger) {
        List<JsonNode> records = request.requireWithinLimit();
        if (ledger.count() != records.size()) {
            throw new IllegalArgumentException(
                    "the ledger is for " + ledger.count() + " records, not " + records.size());
        }
        List<BulkRecord<T>> valid = new ArrayList<>(records.size());
        for (int index = 0; index < records.size(); index++) {
            JsonNode node = records.get(index);
            if (node == null || !node.isObject()) {
                ledger.failed(index, "records[" + index + "]", "must be an object");
                continue;
            }
            T value;
            try {
                value = mapper.treeToValue(node, type);
            } catch (JsonProcessingException e) {
                Problem problem = ProblemMappers.jsonProblem(e, null);
                ledger.failed(
                        index,
                        problem.errors() != null
                                ? problem.errors()
                                : List.of(new Problem.FieldError("records[" + index + "]", problem.detail())));
                continue;
            }
            Set<ConstraintViolation<T>> violations = validator.validate(value);
            if (violations.isEmpty()) {
                valid.add(new BulkRecord<>(index, value));
            } else {
                ledger.failed(
                        index,
                        violations.stream()
                                .map(v -> new Problem.FieldError(ProblemMappers.fieldOf(v), v.getMessage()))
                                .sorted(Comparator.comparing(Problem.FieldError::field)
                                        .thenComparing(Problem.FieldError::message))
                                .toList());
            }
        }
        return valid;
    }
}
