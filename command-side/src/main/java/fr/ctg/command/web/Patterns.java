package fr.ctg.command.web;

/** The shapes of identifiers in paths and bodies. */
public final class Patterns {

    public static final String CONVENTION_ID = "[a-z0-9][a-z0-9-]{2,63}";
    public static final String INSEE_CODE = "[0-9][0-9AB][0-9]{3}";
    public static final String CODE = "[A-Za-z0-9_-]{1,64}";
    public static final String DELIBERATION_NUMBER = fr.ctg.reference.ActesId.INTERNAL_NUMBER;

    private Patterns() {
    }
}
