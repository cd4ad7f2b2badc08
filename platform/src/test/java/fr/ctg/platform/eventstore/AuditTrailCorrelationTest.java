package fr.ctg.platform.eventstore;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailCorrelationTest {

    private final AuditTrailCorrelation correlation = new AuditTrailCorrelation();
    private final MetaData asked = MetaData.from(Map.of("principal", "alice", "requestId", "r-1",
            "correlationId", "c-1", "other", "not carried"));

    @Test
    void aCommandPassesWhoAskedAndItsRequestToTheEventsItCauses() {
        var command = GenericCommandMessage.asCommandMessage("a command").andMetaData(asked);
        assertThat(correlation.correlationDataFor(command)).isEqualTo(Map.of("principal", "alice", "requestId", "r-1",
                "correlationId", "c-1", "causationId", command.getIdentifier()));
    }

    @Test
    void aCommandWithoutCorrelationIdStartsItsOwnChain() {
        var command = GenericCommandMessage.asCommandMessage("a command");
        Map<String, Object> data = Map.copyOf(correlation.correlationDataFor(command));
        assertThat(data).containsEntry("correlationId", command.getIdentifier())
                .containsEntry("causationId", command.getIdentifier()).doesNotContainKey("principal");
    }

    @Test
    void anEventHandledByAProjectionCausesNothingSoCarriesNothing() {
        var event = GenericEventMessage.asEventMessage("an event").andMetaData(asked);
        assertThat(correlation.correlationDataFor(event)).isEmpty();
    }
}
