package fr.ctg.dashboard.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.dashboard.web.DashboardViews;
import fr.ctg.platform.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.security.Principal;

/**
 * Server-sent events for an open page: event {@code views} carries the position every view has handled. A stream is
 * held open for half an hour, so it is given only for a convention that exists, and to each user a bounded number
 * at once: refusals are problem details written here, since the handler's declared type is the event stream.
 */
@RestController
public class LiveController {

    private final LiveUpdates updates;
    private final DashboardViews views;
    private final ObjectMapper json;

    LiveController(LiveUpdates updates, DashboardViews views, ObjectMapper json) {
        this.updates = updates;
        this.views = views;
        this.json = json;
    }

    @GetMapping(path = "/ui/conventions/{conventionId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter live(@PathVariable String conventionId, Principal user, HttpServletResponse response)
            throws IOException {
        if (views.overview(conventionId).isEmpty()) {
            Problems.write(response, json, Problems.of(HttpStatus.NOT_FOUND, "convention-not-found",
                    "No convention " + conventionId + "."));
            return null;
        }
        var emitter = updates.subscribe(user.getName());
        if (emitter.isEmpty()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "30");
            Problems.write(response, json, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "live-streams-exhausted",
                    "You already hold " + updates.limitPerUser() + " open live updates; close a page first."));
            return null;
        }
        return emitter.get();
    }
}
