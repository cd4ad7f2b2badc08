package fr.ctg.reference;

/**
 * SIRET numbers: 14 digits, the SIREN then the establishment's number, whose Luhn checksum holds over all 14. La
 * Poste's establishments (SIREN 356000000) follow another rule: the sum of the digits is a multiple of 5.
 */
public final class Siret {

    private static final String LA_POSTE = "356000000";

    private Siret() {
    }

    public static boolean isValid(String siret) {
        if (siret == null || !siret.matches("[0-9]{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE)) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return Luhn.holds(siret);
    }

    /** The SIREN the SIRET starts with. */
    public static String sirenOf(String siret) {
        return siret.substring(0, 9);
    }
}
