package fr.ctg.command.convention;

import fr.ctg.convention.PartyKind;

/** A party of the convention as the aggregate knows it: its id (see {@link fr.ctg.convention.Parties}), kind, name. */
record Party(String id, PartyKind kind, String name) {
}
