package fr.ctg.query.processing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How far each processor has got. A segment's position is taken from this node's processor when it holds the
 * segment (its status moves only after the batch's transaction committed, and also past events it has no handler
 * for), otherwise from the token stored in {@code token_entry} (another node may hold it).
 */
@Component
public class ProcessorPositions {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventProcessingConfiguration processing;

    ProcessorPositions(JdbcTemplate jdbc, Serializer serializer, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processing = processing;
    }

    /** The global index of the last event in the store, 0 when it is empty. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    /** The position every segment has passed, -1 when one has processed nothing, empty when no segment exists yet. */
    public OptionalLong position(String processorName) {
        Map<Integer, TrackingToken> tokens = tokens(processorName);
        if (tokens.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(tokens.values().stream().mapToLong(ProcessorPositions::lowerBound).min().orElse(-1));
    }

    /** True when every segment of the processor has handled the event at {@code position} (and all before it). */
    public boolean reached(String processorName, long position) {
        if (position <= 0) {
            return true;
        }
        Map<Integer, TrackingToken> tokens = tokens(processorName);
        return !tokens.isEmpty() && tokens.values().stream().allMatch(token -> covers(token, position));
    }

    public Optional<StreamingEventProcessor> processor(String processorName) {
        return processing.eventProcessor(processorName, StreamingEventProcessor.class);
    }

    private Map<Integer, TrackingToken> tokens(String processorName) {
        Map<Integer, TrackingToken> tokens = new HashMap<>();
        jdbc.query("SELECT segment, token, token_type FROM token_entry WHERE processor_name = ?",
                rs -> {
                    tokens.put(rs.getInt("segment"), deserialize(rs.getString("token"), rs.getString("token_type")));
                },
                processorName);
        processor(processorName).ifPresent(processor -> {
            for (Map.Entry<Integer, EventTrackerStatus> status : processor.processingStatus().entrySet()) {
                if (tokens.containsKey(status.getKey()) && status.getValue().getTrackingToken() != null) {
                    tokens.put(status.getKey(), status.getValue().getTrackingToken());
                }
            }
        });
        return tokens;
    }

    private TrackingToken deserialize(String json, String type) {
        if (json == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(json, String.class, type, null));
    }

    private static long lowerBound(TrackingToken token) {
        TrackingToken lower = token == null ? null : WrappedToken.unwrapLowerBound(token);
        return lower == null ? -1 : lower.position().orElse(-1);
    }

    /** A gap at {@code position} means that event is not yet handled even if later ones are. */
    private static boolean covers(TrackingToken token, long position) {
        TrackingToken lower = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (lower == null || lower.position().orElse(-1) < position) {
            return false;
        }
        return !(lower instanceof GapAwareTrackingToken gapAware) || !gapAware.getGaps().contains(position);
    }
}
