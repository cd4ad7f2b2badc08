package fr.ctg.platform.documents;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The media type comes from the content: allowed types pass whatever their name, others are refused 415. */
class DocumentTypesTest {

    @Test
    void pdfPngJpegXmlAndOpenDocumentFilesAreRecognisedByTheirContent() throws IOException {
        assertThat(DocumentTypes.check("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("application/pdf");
        assertThat(DocumentTypes.check(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
                'D', 'R'))).isEqualTo("image/png");
        assertThat(DocumentTypes.check(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0)))
                .isEqualTo("image/jpeg");
        assertThat(DocumentTypes.check("<?xml version=\"1.0\"?><a/>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("application/xml");
        assertThat(DocumentTypes.check(openDocument("application/vnd.oasis.opendocument.text")))
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(DocumentTypes.check(openDocument("application/vnd.oasis.opendocument.spreadsheet")))
                .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
    }

    @Test
    void anExecutableIsRefusedWhateverItIsCalled() {
        byte[] exe = Arrays.copyOf("MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1), 256);
        assertThatThrownBy(() -> DocumentTypes.check(exe)).isInstanceOfSatisfying(DocumentRefused.class,
                refused -> assertThat(refused.rule()).isEqualTo("document-type-not-allowed"));
    }

    @Test
    void plainTextIsNotADocumentOfTheStore() {
        assertThatThrownBy(() -> DocumentTypes.check("juste du texte".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DocumentRefused.class,
                        refused -> assertThat(refused.status().value()).isEqualTo(415));
    }

    @Test
    void xmlWithADoctypeIsRefusedBeforeAnyDetectorReadsIt() {
        byte[] xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DocumentTypes.check(xxe)).isInstanceOfSatisfying(DocumentRefused.class,
                refused -> assertThat(refused.rule()).isEqualTo("xml-doctype-refused"));
    }

    /** An ODF package as LibreOffice writes it: a first, stored entry "mimetype" holding the type. */
    private static byte[] openDocument(String type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = type.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[64];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
