package fr.ctg.amendment;

/**
 * An action that an amendment replaced by another: {@code from} was merged or split into {@code to}. Both keep their
 * history; the link is how a reader goes from one to the other.
 */
public record ActionLink(String from, String to, LinkKind kind, int amendmentNumber) {

    public enum LinkKind { MERGED_INTO, SPLIT_INTO }
}
