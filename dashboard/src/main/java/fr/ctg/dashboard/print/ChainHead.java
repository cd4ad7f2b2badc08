package fr.ctg.dashboard.print;

import java.time.Instant;

/** The last event of a convention's chain, printed on its PDFs so that a reader can have the record verified. */
public record ChainHead(long sequenceNumber, long globalPosition, Instant recordedAt, String hash) {
}
