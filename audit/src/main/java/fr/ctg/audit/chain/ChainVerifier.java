package fr.ctg.audit.chain;

import fr.ctg.audit.store.EventStream;
import fr.ctg.audit.store.StoredEvent;
import fr.ctg.audit.hashing.CanonicalEvent;
import fr.ctg.audit.jobs.JobProgress;
import fr.ctg.document.DocumentAttached;
import fr.ctg.document.DocumentRef;
import fr.ctg.platform.documents.AttachedDocument;
import fr.ctg.platform.documents.ConventionDocuments;
import fr.ctg.platform.documents.DocumentStore;
import jakarta.annotation.PreDestroy;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Recomputes every chain from the stored rows alone (docs/audit-hash-chain.md), streaming them in chain order, and
 * reports the first break of each chain. A deleted last event leaves no trace in the chain itself: that is what a
 * head printed in a signed report is for, passed back as {@code expectedHeads}. Then every document an event
 * references is hashed again as stored.
 */
@Component
class ChainVerifier {

    private static final String ROWS = """
            SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                   payload_type, payload_revision, payload::text,
                   (CASE WHEN jsonb_typeof(meta_data) = 'object' THEN meta_data - 'hash' - 'previousHash'
                         ELSE meta_data END)::text,
                   CASE WHEN jsonb_typeof(meta_data -> 'hash') = 'string' THEN meta_data ->> 'hash' END,
                   CASE WHEN jsonb_typeof(meta_data -> 'previousHash') = 'string' THEN meta_data ->> 'previousHash' END
            FROM domain_event_entry""";

    /** A stored event, its metadata without the hashes, and the hashes it carries. */
    private record Row(StoredEvent event, String hash, String previous) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10)), rs.getString(11), rs.getString(12));
    }

    /** Rows hashed per task, and tasks waiting at most per core: about a thousand rows in memory per core. */
    private static final int CHUNK = 256;
    private static final int CHUNKS_PER_CORE = 4;

    private final EventStream events;
    private final ConventionDocuments documents;
    private final DocumentStore store;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final ExecutorService hashing = Executors.newFixedThreadPool(cores, hashingThreads());

    private static CustomizableThreadFactory hashingThreads() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("ctg-chain-hashing-");
        threads.setDaemon(true);
        return threads;
    }

    ChainVerifier(EventStream events, ConventionDocuments documents, DocumentStore store) {
        this.events = events;
        this.documents = documents;
        this.store = store;
    }

    @PreDestroy
    void stop() {
        hashing.shutdownNow();
    }

    VerifyReport verify(String conventionId, Map<String, String> expectedHeads) {
        return verify(conventionId, expectedHeads, JobProgress.NONE);
    }

    /**
     * One pass over the store in chain order through a server-side cursor. PostgreSQL extracts each event's hashes
     * and the metadata they cover, so that Java parses each payload and metadata once, to hash its canonical form;
     * that hashing runs on every core while the cursor reads on ({@link ParallelRecomputation}).
     */
    VerifyReport verify(String conventionId, Map<String, String> expectedHeads, JobProgress progress) {
        Walk walk = new Walk(expectedHeads == null ? Map.of() : expectedHeads);
        ParallelRecomputation<Row, String> rows = new ParallelRecomputation<>(hashing, CHUNK, cores * CHUNKS_PER_CORE,
                ChainVerifier::recomputed, (row, recomputed) -> {
                    walk.check(row, recomputed);
                    progress.advanced(walk.count);
                });
        if (conventionId == null) {
            progress.total(events.head());
            events.forEachRow(ROWS + " ORDER BY aggregate_identifier, sequence_number", List.of(),
                    rs -> rows.add(row(rs)));
        } else {
            events.forEachRow(ROWS + " WHERE aggregate_identifier = ? ORDER BY sequence_number", List.of(conventionId),
                    rs -> rows.add(row(rs)));
        }
        rows.finish();
        walk.endChain();
        walk.expected.forEach((convention, hash) -> {
            if (!walk.seenChains.containsKey(convention) || !walk.seenChains.get(convention)) {
                walk.breaks.add(new ChainBreak(convention, null, null, null, null, "head-not-found",
                        "The expected head is not in the chain of this convention: events were deleted or rewritten.",
                        hash, null));
            }
        });
        long documentsChecked = checkDocuments(conventionId, walk.breaks);
        List<ChainBreak> breaks = walk.breaks.stream()
                .sorted(Comparator.comparing(ChainBreak::globalPosition, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new VerifyReport(breaks.isEmpty() ? "intact" : "broken", walk.count, walk.seenChains.size(),
                breaks.isEmpty() ? null : breaks.get(0), breaks, documentsChecked);
    }

    /** What the row's event hashes to with the previous hash it stores; none when it carries no hashes. */
    private static String recomputed(Row row) {
        return row.hash() == null || row.previous() == null ? null : row.event().canonical(row.previous()).hash();
    }

    /**
     * Every document an event references must still hash, as stored, to the SHA-256 the event carries (and the hash
     * chain covers): an altered or missing document is a break at the event that attached it. Answers how many
     * distinct documents were checked; PostgreSQL hashes each once.
     */
    private long checkDocuments(String conventionId, List<ChainBreak> breaks) {
        Map<String, Optional<String>> hashes = new HashMap<>();
        documents.forEach(conventionId, attached -> {
            DocumentRef document = attached.document();
            Optional<String> now = hashes.computeIfAbsent(document.sha256(), store::hashOfStoredBytes);
            if (now.isEmpty()) {
                breaks.add(documentBreak(attached, "document-missing", "Document '" + document.fileName() + "' ("
                        + document.sha256() + ") that this event attached is not in the document store.", null));
            } else if (!now.get().equals(document.sha256())) {
                breaks.add(documentBreak(attached, "document-altered", "The stored bytes of document '"
                        + document.fileName() + "' no longer hash to the SHA-256 this event carries: the document "
                        + "was altered.", now.get()));
            }
        });
        return hashes.size();
    }

    private static ChainBreak documentBreak(AttachedDocument attached, String problem, String detail, String found) {
        return new ChainBreak(attached.conventionId(), attached.globalPosition(), attached.sequenceNumber(),
                attached.eventId(), DocumentAttached.class.getSimpleName(), problem, detail,
                attached.document().sha256(), found);
    }

    /** The state of the walk along the chains; one chain at a time, as rows come in chain order. */
    private static final class Walk {
        final Map<String, String> expected;
        final Map<String, Boolean> seenChains = new HashMap<>(); // convention -> expected head found
        final List<ChainBreak> breaks = new ArrayList<>();
        long count;
        String chain;
        long lastSequence;
        String lastHash;
        boolean broken;

        Walk(Map<String, String> expected) {
            this.expected = expected;
        }

        void check(Row row, String recomputed) {
            StoredEvent event = row.event();
            count++;
            if (!event.aggregateIdentifier().equals(chain)) {
                endChain();
                chain = event.aggregateIdentifier();
                lastSequence = -1;
                lastHash = CanonicalEvent.GENESIS;
                broken = false;
                seenChains.put(chain, !expected.containsKey(chain));
            }
            String hash = row.hash();
            String previous = row.previous();
            if (hash != null && hash.equals(expected.get(chain))) {
                seenChains.put(chain, true);
            }
            if (!broken) {
                ChainBreak found = problem(event, hash, previous, recomputed);
                if (found != null) {
                    breaks.add(found);
                    broken = true;
                }
            }
            lastSequence = event.sequenceNumber();
            lastHash = hash;
        }

        private ChainBreak problem(StoredEvent event, String hash, String previous, String recomputed) {
            if (hash == null || previous == null) {
                return at(event, "missing-hash", "The event carries no hash in its metadata.", null, null);
            }
            if (event.sequenceNumber() != lastSequence + 1) {
                return at(event, "sequence-gap", "Sequence " + (lastSequence + 1) + " is missing before this "
                        + "event: an event was deleted.", Long.toString(lastSequence + 1),
                        Long.toString(event.sequenceNumber()));
            }
            if (!Objects.equals(previous, lastHash)) {
                return at(event, "previous-hash-mismatch", "The event does not chain to the stored event before "
                        + "it: an event was inserted, deleted or re-chained.", lastHash, previous);
            }
            if (!recomputed.equals(hash)) {
                return at(event, "hash-mismatch", "The stored event differs from what was hashed when it was "
                        + "appended: its payload or metadata was altered.", hash, recomputed);
            }
            return null;
        }

        void endChain() {
            chain = null;
        }

        private static ChainBreak at(StoredEvent e, String problem, String detail, String expected, String found) {
            return new ChainBreak(e.aggregateIdentifier(), e.globalIndex(), e.sequenceNumber(), e.eventIdentifier(),
                    e.simpleType(), problem, detail, expected, found);
        }
    }
}
