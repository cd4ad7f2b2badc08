package fr.ctg.platform.web;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns every failure that no feature handles into a problem detail: malformed input is a 400 naming the field,
 * an unavailable database a 503 to retry, anything else a 500 that says nothing of the internals (and is a bug).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class GenericProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GenericProblemHandler.class);

    private final ObjectProvider<DataSource> dataSource;

    public GenericProblemHandler(ObjectProvider<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimitFilter.BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(
                        Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", tooLarge.getMessage()));
            }
        }
        List<Map<String, String>> noted = new ArrayList<>(BodyFieldErrors.takeNoted());
        MismatchedInputException mismatch = mismatch(ex);
        if (!noted.isEmpty()) {
            // Values that did not parse were noted before the reading stopped at this one.
            if (mismatch != null && !mismatch.getPath().isEmpty()
                    && noted.stream().noneMatch(error -> error.get("field").equals(path(mismatch)))) {
                noted.add(Map.of("field", path(mismatch), "message", "has the wrong type"));
            }
            return fieldsAtFault(noted);
        }
        if (mismatch != null && !mismatch.getPath().isEmpty() && !(mismatch instanceof UnrecognizedPropertyException)) {
            // A value that does not parse (2023-02-30, a word for a number) names its field, as a constraint does.
            String field = path(mismatch);
            String message = mismatch instanceof InvalidFormatException ? "has an invalid value" : "has the wrong type";
            return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                    describe(ex), Map.of("errors", List.of(Map.of("field", field, "message", message)))));
        }
        return badRequest(describe(ex));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(GenericProblemHandler::fieldError)
                .toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input",
                "The request has " + errors.size() + " invalid field(s).", Map.of("errors", errors));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(Map.of("field", parameterName(result.getMethodParameter()),
                        "message", error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))));
        return parametersAtFault(errors);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        // Spring's own problem bodies (404, 405, 415...) get the same shape as ours.
        if (body instanceof ProblemDetail detail && detail.getProperties() == null) {
            HttpStatus known = HttpStatus.resolve(status.value());
            String rule = known == null ? "http-" + status.value() : known.name().toLowerCase().replace('_', '-');
            body = Problems.of(known == null ? HttpStatus.BAD_REQUEST : known, rule, detail.getDetail());
        }
        return new ResponseEntity<>(body, headers, status);
    }

    @ExceptionHandler(BodyFieldErrors.Refused.class)
    ResponseEntity<Object> bodyFieldsAtFault(BodyFieldErrors.Refused refused) {
        return fieldsAtFault(refused.errors());
    }

    private static ResponseEntity<Object> fieldsAtFault(List<Map<String, String>> errors) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                "The request has " + errors.size() + " invalid field(s).", Map.of("errors", errors)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                "Parameter '" + ex.getName() + "' has an invalid value.",
                Map.of("errors", List.of(Map.of("field", ex.getName(), "message", "has an invalid value")))));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getConstraintViolations().forEach(violation -> {
            // "page.size" for the parameter size of the method page: the parameter is the last node.
            String field = null;
            for (Path.Node node : violation.getPropertyPath()) {
                field = node.getName();
            }
            errors.add(Map.of("field", field == null ? "" : field, "message", violation.getMessage()));
        });
        return parametersAtFault(errors);
    }

    /** Parameters (path, query, header) refused by their constraints: each one named. */
    private static ResponseEntity<Object> parametersAtFault(List<Map<String, String>> errors) {
        errors.sort(Comparator.comparing(error -> error.get("field")));
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                errors.size() == 1 ? "A request parameter is invalid." : errors.size() + " request parameters are "
                        + "invalid.", Map.of("errors", errors)));
    }

    /** The name the client sent: the annotation's (name or value), else the Java parameter's. */
    private static String parameterName(MethodParameter parameter) {
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        String named = query != null ? query.name() + query.value() : path != null ? path.name() + path.value() : "";
        return named.isEmpty() ? String.valueOf(parameter.getParameterName()) : named;
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class, TransientDataAccessException.class})
    ResponseEntity<Object> databaseUnavailable(Exception ex) {
        log.warn("Database unavailable: {}", ex.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS)
                .body(Problems.databaseUnavailable());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        if (DatabaseUnavailable.causes(ex) || !databaseAnswers()) {
            return databaseUnavailable(ex);
        }
        log.error("Unexpected failure", ex);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error", "An unexpected error occurred; it has been logged."));
    }

    /**
     * Some outages surface with nothing to recognise them by (a pooled connection closed under a rollback); when the
     * database does not answer a quick probe, the failure is the outage, not a bug.
     */
    private boolean databaseAnswers() {
        DataSource source = dataSource.getIfAvailable();
        if (source == null) {
            return true;
        }
        try (Connection connection = source.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static ResponseEntity<Object> badRequest(String detail) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", detail));
    }

    private static Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(),
                "message", error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage());
    }

    /** Jackson's exception, which knows the field; the most specific cause may be the date parser's, which does not. */
    private static MismatchedInputException mismatch(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch) {
                return mismatch;
            }
        }
        return null;
    }

    private static String describe(HttpMessageNotReadableException ex) {
        Throwable found = mismatch(ex);
        Throwable cause = found != null ? found : ex.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown property '" + unknown.getPropertyName() + "'.";
        }
        if (cause instanceof InvalidFormatException invalid) {
            return "Property '" + path(invalid) + "' has an invalid value.";
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return "Property '" + path(mismatch) + "' has the wrong type.";
        }
        return "The request body is not valid JSON of the expected shape.";
    }

    private static String path(MismatchedInputException ex) {
        StringBuilder path = new StringBuilder();
        ex.getPath().forEach(ref -> {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        });
        return path.toString();
    }
}
