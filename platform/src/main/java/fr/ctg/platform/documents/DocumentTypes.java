package fr.ctg.platform.documents;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The media type of a document, from its bytes alone (Apache Tika's magic numbers; the file name and the type the
 * client claims are not trusted), and the types the store accepts: PDF, XML, ODT/ODS, PNG and JPEG. XML is parsed
 * safely first ({@link SafeXml}), so that no detector ever reads a DOCTYPE.
 */
final class DocumentTypes {

    static final String XML = "application/xml";
    static final Set<String> ALLOWED = Set.of("application/pdf", XML, "image/png", "image/jpeg",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet");

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    private DocumentTypes() {
    }

    /** @throws DocumentRefused 415 for a type not allowed, 400 for XML with a DOCTYPE or not well-formed */
    static String check(byte[] content) {
        if (looksLikeXml(content)) {
            SafeXml.parse(content);
            return XML;
        }
        String type = detect(content);
        if (!ALLOWED.contains(type)) {
            throw new DocumentRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "document-type-not-allowed",
                    "The content is " + type + "; a document is a PDF, XML, ODT, ODS, PNG or JPEG file.");
        }
        return type;
    }

    private static String detect(byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            MediaType type = TYPES.detect(in, new Metadata()).getBaseType();
            return REGISTRY.isInstanceOf(type, MediaType.APPLICATION_XML) ? XML : type.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After an optional byte-order mark and blanks, XML (and nothing else allowed) starts with '<'. */
    private static boolean looksLikeXml(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r'
                || content[i] == '\n')) {
            i++;
        }
        return i < content.length && content[i] == '<';
    }
}
