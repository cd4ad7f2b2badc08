package fr.ctg.audit.chain;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The outcome of recomputing every chain and rehashing every referenced document: {@code intact}, or {@code broken}
 * with the earliest break first.
 */
// firstBreak is written even when null: "no break" is an answer an auditor reads.
@JsonInclude(JsonInclude.Include.ALWAYS)
public record VerifyReport(String status, long eventsChecked, long chainsChecked, ChainBreak firstBreak,
                           List<ChainBreak> breaks, long documentsChecked) {

    public boolean intact() {
        return breaks.isEmpty();
    }

    /** A few lines for a terminal or a signed report. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("Audit hash chain: ").append(status).append(" (").append(eventsChecked).append(" events in ")
                .append(chainsChecked).append(" chains, ").append(documentsChecked).append(" documents checked)\n");
        for (ChainBreak b : breaks) {
            out.append("  BREAK convention=").append(b.conventionId()).append(" position=").append(b.globalPosition())
                    .append(" sequence=").append(b.sequenceNumber()).append(" type=").append(b.type())
                    .append(" problem=").append(b.problem()).append(": ").append(b.detail()).append('\n');
        }
        return out.toString();
    }
}
