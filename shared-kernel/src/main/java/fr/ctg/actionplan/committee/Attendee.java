package fr.ctg.actionplan.committee;

/** Who attended a meeting: the party they represent (e.g. "Caf de la Loire"), their role, and optionally a name. */
public record Attendee(String party, String role, String name) {
}
