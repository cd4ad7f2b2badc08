package fr.ctg.query.processing;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Each read model processor's position against the head of the event store. */
@Component
public class ProcessorHealth {

    private final ProcessorPositions positions;

    ProcessorHealth(ProcessorPositions positions) {
        this.positions = positions;
    }

    public record ProcessorState(boolean running, boolean error, Long position, Long lag) {
    }

    public long head() {
        return positions.head();
    }

    public ProcessorState state(String processor, long head) {
        Optional<StreamingEventProcessor> instance = positions.processor(processor);
        OptionalLong position = positions.position(processor);
        Long lag = position.isPresent() ? Math.max(0, head - Math.max(0, position.getAsLong())) : null;
        return new ProcessorState(instance.map(StreamingEventProcessor::isRunning).orElse(false),
                instance.map(StreamingEventProcessor::isError).orElse(false),
                position.isPresent() ? position.getAsLong() : null, lag);
    }

    public Map<String, ProcessorState> states() {
        long head = head();
        Map<String, ProcessorState> states = new LinkedHashMap<>();
        for (String processor : ProcessorNames.ALL) {
            states.put(processor, state(processor, head));
        }
        return states;
    }
}
