package fr.ctg.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every field at fault in a JSON request body, not only the first one Jackson stops at. While a body is read, a value
 * that does not parse (2023-02-30, a word for a number, an unknown enum constant, an object for a date) is noted with
 * its field's path and read as null, and the reading goes on. If any was noted, the body is then validated as the
 * controller would (so a missing field is named too) and the request is refused with all of them: the controller
 * never runs with a value that did not parse.
 */
@ControllerAdvice
public class BodyFieldErrors extends RequestBodyAdviceAdapter {

    private static final String NOTED = BodyFieldErrors.class.getName() + ".noted";

    private final ObjectProvider<Validator> validator;

    public BodyFieldErrors(ObjectProvider<Validator> validator) {
        this.validator = validator;
    }

    /** Registered with the HTTP layer's ObjectMapper (a module, as {@link SafeStrings}). */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("ctg-body-field-errors") {
            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addDeserializationProblemHandler(new NoteAndGoOn());
            }
        };
        return module;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(NOTED, new ArrayList<Map<String, String>>(), RequestAttributes.SCOPE_REQUEST);
        }
        return input;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        List<Map<String, String>> noted = takeNoted();
        if (noted.isEmpty()) {
            return body;
        }
        List<Map<String, String>> errors = new ArrayList<>(noted);
        Validator validation = validator.getIfAvailable();
        if (validation != null && body != null) {
            Set<String> unparsed = new HashSet<>();
            noted.forEach(error -> unparsed.add(error.get("field")));
            for (ConstraintViolation<Object> violation : validation.validate(body)) {
                String field = violation.getPropertyPath().toString();
                if (!unparsed.contains(field)) {
                    errors.add(error(field, violation.getMessage()));
                }
            }
        }
        throw new Refused(errors);
    }

    /** The fields noted while reading this request's body (and forgets them), for a body that failed to read. */
    static List<Map<String, String>> takeNoted() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Map<String, String>> noted = (List<Map<String, String>>) attributes.getAttribute(NOTED,
                RequestAttributes.SCOPE_REQUEST);
        attributes.removeAttribute(NOTED, RequestAttributes.SCOPE_REQUEST);
        return noted == null ? List.of() : noted;
    }

    private static Map<String, String> error(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    /** The body had fields that did not parse; {@code errors} names each field at fault. */
    public static final class Refused extends RuntimeException {

        private final transient List<Map<String, String>> errors;

        Refused(List<Map<String, String>> errors) {
            super("The request has " + errors.size() + " invalid field(s).");
            this.errors = List.copyOf(errors);
        }

        public List<Map<String, String>> errors() {
            return errors;
        }
    }

    /** Notes a value that does not parse, when a request body is being read, and reads it as null. */
    private static final class NoteAndGoOn extends DeserializationProblemHandler {

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
                                             String failureMessage) {
            return note(context, "has an invalid value");
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value,
                                             String failureMessage) {
            return note(context, "has an invalid value");
        }

        /** A scalar of the wrong kind; an object or array where a scalar belongs stops the reading (named then). */
        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
                                            JsonParser parser, String failureMessage) {
            return token != null && token.isScalarValue() ? note(context, "has the wrong type") : NOT_HANDLED;
        }

        private static Object note(DeserializationContext context, String message) {
            RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
            Object noted = attributes == null ? null : attributes.getAttribute(NOTED, RequestAttributes.SCOPE_REQUEST);
            String field = context.getParser() == null ? "" : path(context.getParser().getParsingContext());
            if (!(noted instanceof List<?>) || field.isEmpty()) {
                return NOT_HANDLED;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, String>> errors = (List<Map<String, String>>) noted;
            errors.add(error(field, message));
            return null;
        }

        /** {@code signatories[0].name}, as the constraint violations name fields. */
        private static String path(JsonStreamContext context) {
            Deque<String> parts = new ArrayDeque<>();
            for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
                if (at.inObject() && at.getCurrentName() != null) {
                    parts.push("." + at.getCurrentName());
                } else if (at.inArray()) {
                    parts.push("[" + at.getCurrentIndex() + "]");
                }
            }
            String path = String.join("", parts);
            return path.startsWith(".") ? path.substring(1) : path;
        }
    }
}
