package io.revalign.lead.service;

import io.revalign.lead.domain.alignment.Alignment;
import io.revalign.lead.domain.alignment.AlignmentQuery;
import io.revalign.lead.repository.AlignmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The alignment report: do sales' verdicts agree with marketing's definition? Counted by PostgreSQL. */
@ApplicationScoped
public class AlignmentReports {

    /** How many rejection reasons and rules the report lists. */
    static final int TOP = 10;

    private final AlignmentRepository figures;
    private final Clock clock;

    public AlignmentReports(AlignmentRepository figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /** The report over one period, segment and definition version, read in one snapshot. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW)
    public Alignment report(AlignmentQuery query) {
        figures.readOneSnapshot();
        return Alignment.of(
                query,
                figures.handoffVerdicts(query, clock.instant()),
                figures.outcomeVerdicts(query),
                figures.topReasons(query, TOP),
                figures.rulesOnRejected(query, TOP));
    }

    /** Folds the changes recorded since the last compaction into the tallies; the figures stay the same. */
    @Transactional
    public void compact() {
        figures.compact();
    }
}
