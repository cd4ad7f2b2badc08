package fr.ctg.audit.chain;

/** The last event of a convention's chain: its hash commits to every event before it. */
public record ChainHead(String conventionId, long sequenceNumber, long globalPosition, String timestamp,
                        String hash, long events) {
}
