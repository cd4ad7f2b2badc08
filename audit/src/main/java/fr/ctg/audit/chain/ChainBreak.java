package fr.ctg.audit.chain;

/**
 * Where a convention's chain breaks and why. {@code problem} is one of: {@code hash-mismatch} (the payload or
 * metadata was altered), {@code previous-hash-mismatch} (an event was inserted, deleted or re-chained),
 * {@code sequence-gap} (an event was deleted), {@code missing-hash} (written without the chain or its hash
 * removed), {@code head-not-found} (a head signed earlier is no longer in the chain: truncated or rewritten),
 * {@code document-altered} (a document's stored bytes no longer hash to what its event says; {@code detail} names
 * it, {@code expected} is the event's SHA-256, {@code found} the stored bytes'), {@code document-missing}.
 */
public record ChainBreak(String conventionId, Long globalPosition, Long sequenceNumber, String eventId,
                         String type, String problem, String detail, String expected, String found) {
}
