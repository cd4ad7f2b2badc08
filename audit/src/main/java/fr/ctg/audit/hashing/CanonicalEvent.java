package fr.ctg.audit.hashing;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One stored event as the hash chain sees it: exactly the columns of {@code domain_event_entry}, so that the hash
 * written when the event was appended can be recomputed from the stored row alone. The canonical form is documented
 * in {@code docs/audit-hash-chain.md}; changing it breaks every existing chain.
 *
 * @param timestamp   the {@code time_stamp} column as stored (Axon's {@code DateTimeUtils.formatInstant})
 * @param payloadJson the payload as JSON text, in any key order or spacing (jsonb reorders both)
 * @param metaDataJson the metadata as JSON text; its {@code hash} and {@code previousHash} entries are left out
 */
public record CanonicalEvent(String aggregateIdentifier, String aggregateType, long sequenceNumber,
                             String eventIdentifier, String timestamp, String payloadType, String payloadRevision,
                             String payloadJson, String metaDataJson, String previousHash) {

    /** The previous hash of the first event of every convention. */
    public static final String GENESIS = "0".repeat(64);
    public static final String HASH = "hash";
    public static final String PREVIOUS_HASH = "previousHash";

    // Numbers are read as their decimal value, so that 1.50, 1.5 and 15E-1 (jsonb may rewrite one as another)
    // have one canonical spelling.
    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();
    private static final JsonFactory WRITER = new JsonFactory();

    /** The hex SHA-256 of the UTF-8 bytes of {@link #canonicalJson()}. */
    public String hash() {
        MessageDigest sha = sha256();
        // Written as UTF-8 straight into the digest: the same bytes as canonicalJson(), without the string between.
        try (JsonGenerator generator = WRITER.createGenerator(new DigestOutputStream(OutputStream.nullOutputStream(),
                sha), JsonEncoding.UTF8)) {
            write(document(), generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** One line of JSON: keys sorted, no whitespace, numbers in plain decimal form. */
    public String canonicalJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = WRITER.createGenerator(out)) {
            write(document(), generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private ObjectNode document() {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("aggregateIdentifier", aggregateIdentifier);
        document.put("aggregateType", aggregateType);
        document.put("sequenceNumber", sequenceNumber);
        document.put("eventIdentifier", eventIdentifier);
        document.put("timestamp", timestamp);
        document.put("payloadType", payloadType);
        document.put("payloadRevision", payloadRevision);
        document.set("payload", parse(payloadJson));
        JsonNode metaData = parse(metaDataJson);
        if (metaData instanceof ObjectNode object) {
            object.remove(List.of(HASH, PREVIOUS_HASH));
        }
        document.set("metaData", metaData);
        document.put("previousHash", previousHash);
        return document;
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            return READER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored JSON does not parse", e);
        }
    }

    private static void write(JsonNode node, JsonGenerator out) throws IOException {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            node.fields().forEachRemaining(fields::add);
            // Java's String order is UTF-16 code-unit order, the order RFC 8785 (JCS) prescribes.
            fields.sort(Map.Entry.comparingByKey());
            out.writeStartObject();
            for (Map.Entry<String, JsonNode> field : fields) {
                out.writeFieldName(field.getKey());
                write(field.getValue(), out);
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (Iterator<JsonNode> items = node.elements(); items.hasNext(); ) {
                write(items.next(), out);
            }
            out.writeEndArray();
        } else if (node.isNumber()) {
            out.writeNumber(node.decimalValue().stripTrailingZeros().toPlainString());
        } else if (node.isTextual()) {
            out.writeString(node.textValue());
        } else if (node.isBoolean()) {
            out.writeBoolean(node.booleanValue());
        } else {
            out.writeNull();
        }
    }
}
