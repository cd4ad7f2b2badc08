package fr.ctg.document;

/**
 * A stored document as an event names it: the SHA-256 of its bytes (lower-case hex, its key in the document store),
 * so that the hash chain covers the content, with its size, the media type detected from its content, and the file
 * name it was uploaded as (without any path).
 */
public record DocumentRef(String sha256, long size, String mediaType, String fileName) {
}
