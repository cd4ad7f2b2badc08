package fr.ctg.audit.hashing;

/** The hash printed in docs/audit-hash-chain.md for its worked example; the doc and the code must agree. */
final class DocumentedHash {

    static final String VALUE = "675c6465993baa1c6de74eb53523ec404e191a99d5be52d477fe76a6307e76ae";

    private DocumentedHash() {
    }
}
