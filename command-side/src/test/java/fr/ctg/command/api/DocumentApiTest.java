package fr.ctg.command.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.command.CommandSideApplication;
import fr.ctg.platform.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents over HTTP, on the embedded PostgreSQL: the prefecture's receipt of Rive-de-Gier's deliberation imported as
 * its transmission, refusals that leave neither event nor document, and a download that returns the very bytes.
 */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentApiTest {

    private static final String RIVE_DE_GIER_ACTES = "042-214201865-20230906-DEL_2023_064-DE";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private CommandApiClient api;
    private String id;
    private String base;

    @BeforeEach
    void riveDeGierAndGenilacAdoptTheConvention() {
        TestAccounts.createAll(context);
        id = "ctg-" + UUID.randomUUID().toString().substring(0, 8);
        base = "/api/v1/conventions/" + id;
        TestAccounts.assign(context, id, TestAccounts.COORDINATOR);
        CommandApiClient admin = new CommandApiClient(http, TestAccounts.ADMIN);
        assertThat(admin.post("/api/v1/conventions", """
                {"conventionId":"%s","name":"CTG de test","caf":"Caf de la Loire",
                 "period":{"startYear":2023,"endYear":2027},
                 "perimeters":[{"code":"P3","name":"Périmètre 3","communeInseeCodes":["42186","42225"]}],
                 "themes":[],"stakes":[],"actions":[]}""".formatted(id)).status()).isEqualTo(201);
        api = new CommandApiClient(http, TestAccounts.COORDINATOR);
        post("/communes/42186/presentation", "{\"sessionDate\":\"2023-09-06\"}");
        post("/communes/42186/votes", CommandApiClient.vote("2023-09-06", "DEL_2023_064", RIVE_DE_GIER_ACTES));
        post("/communes/42225/presentation", "{\"sessionDate\":\"2023-09-07\"}");
        post("/communes/42225/votes", """
                {"sessionDate":"2023-09-07","present":20,"votesFor":18,"votesAgainst":1,"abstentions":1,
                 "notTakingPart":0,"ballot":"PUBLIC","deliberationNumber":"DEL_2023_050"}""");
    }

    @Test
    void theReceiptOfRiveDeGierRecordsItsTransmissionReceivedOnItsDayWithItsSubjectCodes() {
        byte[] receipt = receipt();
        byte[] stamped = pdf("acte tamponné " + id);

        ResponseEntity<String> imported = upload("/communes/42186/transmission/receipt",
                Map.of("receipt", part(receipt, "ARActe.xml"), "stampedAct", part(stamped, "acte.pdf")));

        assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(200);
        JsonNode transmission = payload("PrefectureTransmissionRecorded");
        assertThat(transmission.get("receivedOn").asText()).isEqualTo("2023-09-13");
        assertThat(transmission.get("sentOn").asText()).isEqualTo("2023-09-13");
        assertThat(transmission.get("actesId").asText()).isEqualTo(RIVE_DE_GIER_ACTES);
        assertThat(transmission.get("subjectCodes").toString()).isEqualTo("[\"8\",\"2\"]");
        assertThat(types()).endsWith("PrefectureTransmissionRecorded", "DocumentAttached", "DocumentAttached");
        assertThat(stored(receipt)).isTrue();
        assertThat(stored(stamped)).isTrue();
        assertThat(payload("DocumentAttached").get("document").get("sha256").asText()).isEqualTo(sha256(stamped));
    }

    @Test
    void theSameReceiptForGenilacIsRefusedAndLeavesNothing() {
        byte[] receipt = receipt();

        ResponseEntity<String> refused = upload("/communes/42225/transmission/receipt",
                Map.of("receipt", part(receipt, "ARActe.xml")));

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(rule(refused)).isEqualTo("receipt-actes-id-mismatch");
        assertNothingWritten(receipt);
    }

    @Test
    void anUploadOverTwentyMegabytesIsRefusedWhileItStreams() {
        byte[] large = Arrays.copyOf(pdf("grand"), 21 * 1024 * 1024);

        ResponseEntity<String> refused = upload("/communes/42186/deliberation/documents?role=ANNEX",
                Map.of("file", part(large, "annexe.pdf")));

        assertThat(refused.getStatusCode().value()).isEqualTo(413);
        assertThat(rule(refused)).isEqualTo("document-too-large");
        assertNothingWritten(large);
    }

    @Test
    void anExecutableNamedPdfIsRefusedForItsContent() {
        byte[] exe = ("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000 This program cannot be run in DOS mode "
                + id).getBytes(StandardCharsets.ISO_8859_1);
        exe = Arrays.copyOf(exe, 512);

        ResponseEntity<String> refused = upload("/communes/42186/deliberation/documents?role=SIGNED_DELIBERATION",
                Map.of("file", part(exe, "deliberation.pdf")));

        assertThat(refused.getStatusCode().value()).isEqualTo(415);
        assertThat(rule(refused)).isEqualTo("document-type-not-allowed");
        assertNothingWritten(exe);
    }

    @Test
    void aReceiptWithAnExternalEntityIsRefusedUnread() {
        byte[] xxe = ("""
                <?xml version="1.0"?>
                <!DOCTYPE actes:ARActe [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <actes:ARActe xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216"
                  actes:IDActe="&secret;" actes:DateReception="2023-09-13"><!--%s--></actes:ARActe>
                """.formatted(id)).getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> refused = upload("/communes/42186/transmission/receipt",
                Map.of("receipt", part(xxe, "ARActe.xml")));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(rule(refused)).isEqualTo("xml-doctype-refused");
        assertThat(refused.getBody()).doesNotContain("root:");
        assertNothingWritten(xxe);
    }

    @Test
    void aBillionLaughsReceiptIsRefusedWithoutExpansion() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        byte[] bomb = ("<?xml version=\"1.0\"?><!DOCTYPE lolz [" + entities + "]><lolz a=\"" + id
                + "\">&lol9;</lolz>").getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> refused = upload("/communes/42186/transmission/receipt",
                Map.of("receipt", part(bomb, "ARActe.xml")));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(rule(refused)).isEqualTo("xml-doctype-refused");
        assertNothingWritten(bomb);
    }

    @Test
    void aMalformedReceiptSaysWhatIsWrong() {
        byte[] noDate = new String(receipt(), StandardCharsets.UTF_8).replace(" actes:DateReception=\"2023-09-13\"", "")
                .getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> refused = upload("/communes/42186/transmission/receipt",
                Map.of("receipt", part(noDate, "ARActe.xml")));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(rule(refused)).isEqualTo("receipt-malformed");
        assertThat(read(refused.getBody()).get("detail").asText()).contains("DateReception");
        assertNothingWritten(noDate);
    }

    @Test
    void aDownloadReturnsTheSameBytesUnderASafeName() {
        byte[] signed = pdf("délibération signée " + id);
        ResponseEntity<String> attached = upload("/communes/42186/deliberation/documents?role=SIGNED_DELIBERATION",
                Map.of("file", part(signed, "..\\..\\C:\\secret/délib \"finale\";.pdf")));
        assertThat(attached.getStatusCode().value()).as(attached.getBody()).isEqualTo(200);

        ResponseEntity<byte[]> download = http.withBasicAuth(TestAccounts.READER, TestAccounts.PASSWORD)
                .getForEntity(base + "/documents/" + sha256(signed), byte[].class);

        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getBody()).isEqualTo(signed);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        String disposition = download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment; filename=\"d_lib finale;.pdf\"; filename*=UTF-8''")
                .doesNotContain("/", "\\", "\r", "\n");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .isEqualTo("délib finale;.pdf");
        assertThat(http.withBasicAuth(TestAccounts.READER, TestAccounts.PASSWORD).getForEntity(
                "/api/v1/conventions/ctg-other/documents/" + sha256(signed), String.class).getStatusCode().value())
                .as("only through a convention that attached it").isEqualTo(404);
    }

    private byte[] receipt() {
        try (InputStream in = getClass().getResourceAsStream("/documents/ARActe-rive-de-gier.xml")) {
            // A comment of its own keeps each test's receipt a document of its own in the shared store.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("UNIQUE", id)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n%âãÏÓ\n1 0 obj << /Title (" + text + ") >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static HttpEntity<ByteArrayResource> part(byte[] bytes, String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return new HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers);
    }

    private ResponseEntity<String> upload(String path, Map<String, HttpEntity<ByteArrayResource>> parts) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        parts.forEach(body::add);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(TestAccounts.COORDINATOR, TestAccounts.PASSWORD)
                .exchange(base + path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private void assertNothingWritten(byte[] content) {
        assertThat(types()).as("no event").endsWith("CouncilVoteRecorded");
        assertThat(stored(content)).as("no document left behind").isFalse();
    }

    private boolean stored(byte[] content) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM document WHERE sha256 = ?)",
                Boolean.class, sha256(content)));
    }

    private void post(String path, String body) {
        CommandApiClient.Answer answer = api.post(base + path, body);
        assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(200);
    }

    private List<String> types() {
        return jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", String.class, id).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private JsonNode payload(String type) {
        return read(jdbc.queryForObject("SELECT payload::text FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE ? ORDER BY sequence_number DESC LIMIT 1", String.class, id, "%." + type));
    }

    private static String rule(ResponseEntity<String> answer) {
        return read(answer.getBody()).get("rule").asText();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
