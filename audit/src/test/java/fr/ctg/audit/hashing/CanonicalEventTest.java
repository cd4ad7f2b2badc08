package fr.ctg.audit.hashing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical form of docs/audit-hash-chain.md: stable under what jsonb does to stored JSON, and nothing else. */
class CanonicalEventTest {

    static CanonicalEvent example(String payload, String metaData, String previousHash) {
        return new CanonicalEvent("ctg-pays-du-gier-2023", "Convention", 1, "8c1f0c7e-0d5b-4a43-9a86-1d4c1b6d1a10",
                "2023-09-06T10:15:30.123Z", "fr.ctg.route.PresentedToMunicipalCouncil", "1", payload, metaData,
                previousHash);
    }

    static final String PAYLOAD = """
            {"conventionId":"ctg-pays-du-gier-2023","communeInseeCode":"42186","sessionDate":"2023-09-06"}""";
    static final String META = """
            {"principal":"anonymous","requestId":"r-1","correlationId":"c-1"}""";

    @Test
    void theDocumentedExampleHasTheDocumentedCanonicalFormAndHash() {
        CanonicalEvent event = example(PAYLOAD, META, CanonicalEvent.GENESIS);

        assertThat(event.canonicalJson()).isEqualTo("{\"aggregateIdentifier\":\"ctg-pays-du-gier-2023\","
                + "\"aggregateType\":\"Convention\",\"eventIdentifier\":\"8c1f0c7e-0d5b-4a43-9a86-1d4c1b6d1a10\","
                + "\"metaData\":{\"correlationId\":\"c-1\",\"principal\":\"anonymous\",\"requestId\":\"r-1\"},"
                + "\"payload\":{\"communeInseeCode\":\"42186\",\"conventionId\":\"ctg-pays-du-gier-2023\","
                + "\"sessionDate\":\"2023-09-06\"},\"payloadRevision\":\"1\","
                + "\"payloadType\":\"fr.ctg.route.PresentedToMunicipalCouncil\",\"previousHash\":\""
                + CanonicalEvent.GENESIS + "\",\"sequenceNumber\":1,\"timestamp\":\"2023-09-06T10:15:30.123Z\"}");
        assertThat(event.hash()).hasSize(64).isEqualTo(DocumentedHash.VALUE);
    }

    @Test
    void keyOrderAndWhitespaceAsJsonbRewritesThemDoNotChangeTheHash() {
        String reordered = """
                { "sessionDate" : "2023-09-06",
                  "communeInseeCode": "42186", "conventionId": "ctg-pays-du-gier-2023" }""";
        String metaReordered = "{\"requestId\": \"r-1\", \"correlationId\": \"c-1\", \"principal\": \"anonymous\"}";

        assertThat(example(reordered, metaReordered, CanonicalEvent.GENESIS).hash())
                .isEqualTo(example(PAYLOAD, META, CanonicalEvent.GENESIS).hash());
    }

    @Test
    void aNumberHasOneSpellingWhateverItsStoredForm() {
        assertThat(example("{\"n\":1.50,\"m\":100}", META, CanonicalEvent.GENESIS).hash())
                .isEqualTo(example("{\"m\":1E+2,\"n\":1.5}", META, CanonicalEvent.GENESIS).hash());
    }

    @Test
    void theHashAndPreviousHashEntriesOfTheMetadataAreLeftOut() {
        String stamped = "{\"principal\":\"anonymous\",\"requestId\":\"r-1\",\"correlationId\":\"c-1\","
                + "\"hash\":\"abc\",\"previousHash\":\"def\"}";

        assertThat(example(PAYLOAD, stamped, CanonicalEvent.GENESIS).hash())
                .isEqualTo(example(PAYLOAD, META, CanonicalEvent.GENESIS).hash());
    }

    @Test
    void anyChangeOfPayloadMetadataOrPreviousHashChangesTheHash() {
        String original = example(PAYLOAD, META, CanonicalEvent.GENESIS).hash();

        assertThat(example(PAYLOAD.replace("42186", "42187"), META, CanonicalEvent.GENESIS).hash()).isNotEqualTo(original);
        assertThat(example(PAYLOAD, META.replace("anonymous", "mallory"), CanonicalEvent.GENESIS).hash())
                .isNotEqualTo(original);
        assertThat(example(PAYLOAD, META, "1" + CanonicalEvent.GENESIS.substring(1)).hash()).isNotEqualTo(original);
        assertThat(example(PAYLOAD, "{}", CanonicalEvent.GENESIS).hash()).isNotEqualTo(original);
    }
}
