package fr.ctg.route;

/**
 * How a deliberation is published (CGCT L2131-1, since 1 July 2022): electronically, in full, on the body's website;
 * communes under {@value #ELECTRONIC_REQUIRED_FROM} inhabitants may choose display or paper instead.
 */
public enum PublicationMode {
    ELECTRONIC,
    DISPLAY,
    PAPER;

    public static final int ELECTRONIC_REQUIRED_FROM = 3_500;

    public static boolean electronicRequired(int population) {
        return population >= ELECTRONIC_REQUIRED_FROM;
    }
}
