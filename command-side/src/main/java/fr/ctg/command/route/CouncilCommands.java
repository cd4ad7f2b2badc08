package fr.ctg.command.route;

import fr.ctg.amendment.AdvanceAmendmentRoute;
import fr.ctg.command.web.CommandAccepted;
import fr.ctg.command.web.CommandDispatcher;
import fr.ctg.command.web.CommandHeaders;
import fr.ctg.command.web.CouncilPath;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.function.BiFunction;

/**
 * Sends a command about one council's route (the convention's or an amendment's) named by its path
 * ({@code communes/{insee}} or {@code epci/{siren}}).
 */
@Component
class CouncilCommands {

    private final CommandDispatcher dispatcher;

    CouncilCommands(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** {@code command} takes the council's route key and the expected version. */
    ResponseEntity<CommandAccepted> send(String conventionId, String council, Object body, HttpServletRequest http,
                                         BiFunction<String, Long, Object> command) {
        String key = CouncilPath.key(http, council);
        return dispatcher.ok(conventionId, body, version -> command.apply(key, version), CommandHeaders.of(http));
    }

    /**
     * The same command about the council's deliberation on the convention, or, when {@code amendmentNumber} is not
     * null, on that amendment: then it is the step of the amendment's route ({@link AdvanceAmendmentRoute}).
     */
    ResponseEntity<CommandAccepted> send(String conventionId, Integer amendmentNumber, String council, Object body,
                                         HttpServletRequest http, BiFunction<String, Long, Object> command) {
        if (amendmentNumber == null) {
            return send(conventionId, council, body, http, command);
        }
        return send(conventionId, council, body, http, (key, version) -> new AdvanceAmendmentRoute(conventionId,
                amendmentNumber, command.apply(key, null), version));
    }
}
