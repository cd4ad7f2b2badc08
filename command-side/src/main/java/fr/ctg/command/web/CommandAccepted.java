package fr.ctg.command.web;

import java.util.List;

/**
 * The answer to an applied command: the convention's version after it (send it back as {@code If-Match}) and the
 * global position of its last event (pass it to the views as {@code minPosition} to read your own write).
 */
public record CommandAccepted(String conventionId, long version, long position, List<String> events) {
}
