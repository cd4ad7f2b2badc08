package fr.ctg.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.platform.web.RequestContext;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Sends a command on behalf of an HTTP request: applies {@code If-Match} as the expected aggregate version, stamps
 * who and which request in the metadata, and keeps the first answer to an {@code Idempotency-Key} (scoped by
 * principal) in the same transaction as the events, so that a retry is answered without applying the command twice.
 * A command that lost the race to append to its convention is run again against the new state
 * ({@link ConcurrentAppendRetry}).
 */
@Component
public class CommandDispatcher {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
    private static final Pattern VERSION = Pattern.compile("\"?([0-9]{1,18})\"?");

    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final IdempotencyStore idempotency;
    private final WrittenEvents writtenEvents;
    private final ObjectMapper json;
    private final ConcurrentAppendRetry retry;
    private final Duration keyWait;

    CommandDispatcher(CommandGateway commands, TransactionTemplate transaction, IdempotencyStore idempotency,
                      WrittenEvents writtenEvents, ObjectMapper json, ConcurrentAppendRetry retry,
                      @Value("${ctg.command.idempotency.wait:PT5S}") Duration keyWait) {
        this.commands = commands;
        this.transaction = transaction;
        this.idempotency = idempotency;
        this.writtenEvents = writtenEvents;
        this.json = json;
        this.retry = retry;
        this.keyWait = keyWait;
    }

    /** A command to send; it receives the expected version read from {@code If-Match}, or null. */
    public record Request(String conventionId, Object body, Function<Long, Object> command,
                          CommandHeaders headers, HttpStatus successStatus) {

        String path() {
            return headers.path();
        }

        String idempotencyKey() {
            return headers.idempotencyKey();
        }

        String ifMatch() {
            return headers.ifMatch();
        }

        Principal principal() {
            return headers.principal();
        }
    }

    public ResponseEntity<CommandAccepted> ok(String conventionId, Object body, Function<Long, Object> command,
                                              CommandHeaders headers) {
        return dispatch(new Request(conventionId, body, command, headers, HttpStatus.OK));
    }

    public ResponseEntity<CommandAccepted> dispatch(Request request) {
        Long expectedVersion = expectedVersion(request.ifMatch());
        String key = request.idempotencyKey();
        if (key != null && !KEY.matcher(key).matches()) {
            throw new InvalidCommandHeader("idempotency-key-invalid",
                    "An Idempotency-Key is 1 to 200 characters among letters, digits and . _ : -");
        }
        String principal = principalName(request.principal());
        String hash = fingerprint(request);
        try {
            Outcome outcome = retry.run(() -> transaction.execute(status ->
                    once(request, expectedVersion, principal, key, hash)));
            return respond(outcome);
        } catch (DuplicateKeyException raced) {
            // Only a writer that bypassed the key's lock (an older node) gets here: its answer is the first one.
            return firstAnswer(principal, key, hash).map(CommandDispatcher::respond).orElseThrow(() -> raced);
        }
    }

    /**
     * One attempt, in one transaction. With a key, the key is settled before the command's rules run: a concurrent
     * request with the same key is waited for (bounded), and a committed first answer is replayed, whatever happened
     * to the convention since. A refused command stores nothing, so its key stays free for the next request.
     */
    private Outcome once(Request request, Long expectedVersion, String principal, String key, String hash) {
        if (key != null) {
            idempotency.lock(principal, key, keyWait);
            Optional<Outcome> first = firstAnswer(principal, key, hash);
            if (first.isPresent()) {
                return first.get();
            }
        }
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(request.command().apply(expectedVersion))
                .andMetaData(metaData(principal)));
        CommandAccepted answer = answer(request.conventionId());
        if (key != null) {
            idempotency.save(principal, key, hash, request.successStatus().value(), answer);
        }
        return new Outcome(request.successStatus(), answer, false);
    }

    private record Outcome(HttpStatus status, CommandAccepted answer, boolean replayed) {
    }

    /** The stored answer to this principal's key, replayed; a different request under the key is refused. */
    private Optional<Outcome> firstAnswer(String principal, String key, String hash) {
        return idempotency.find(principal, key).map(entry -> {
            if (!entry.requestHash().equals(hash)) {
                throw new InvalidCommandHeader("idempotency-key-reused",
                        "This Idempotency-Key was already used for a different request.");
            }
            return new Outcome(HttpStatus.valueOf(entry.status()), entry.response(), true);
        });
    }

    private CommandAccepted answer(String conventionId) {
        List<WrittenEvents.Row> rows = writtenEvents.ofThisTransaction(conventionId);
        WrittenEvents.Row last = rows.get(rows.size() - 1);
        return new CommandAccepted(conventionId, last.sequenceNumber(), last.globalIndex(),
                rows.stream().map(row -> simpleName(row.payloadType())).toList());
    }

    private static ResponseEntity<CommandAccepted> respond(Outcome outcome) {
        CommandAccepted accepted = outcome.answer();
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(outcome.status())
                .eTag("\"" + accepted.version() + "\"")
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()));
        if (outcome.status() == HttpStatus.CREATED) {
            builder.location(URI.create("/api/v1/conventions/" + accepted.conventionId()));
        }
        return builder.body(accepted);
    }

    private static String principalName(Principal principal) {
        return principal == null ? "anonymous" : principal.getName();
    }

    private static Map<String, Object> metaData(String principal) {
        Map<String, Object> meta = new HashMap<>();
        meta.put("principal", principal);
        RequestContext.current().ifPresent(context -> {
            meta.put("requestId", context.requestId());
            meta.put("correlationId", context.correlationId());
        });
        return MetaData.from(meta);
    }

    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        var matcher = VERSION.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw new InvalidCommandHeader("if-match-invalid",
                    "If-Match carries the version (ETag) returned by an earlier answer, e.g. \"3\".");
        }
        return Long.parseLong(matcher.group(1));
    }

    private String fingerprint(Request request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(request.path().getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(request.body()));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** A command header the API cannot use; answered 400 (or 422 for a reused key). */
    public static class InvalidCommandHeader extends RuntimeException {
        private final String rule;

        InvalidCommandHeader(String rule, String message) {
            super(message, null, false, false);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }
}
