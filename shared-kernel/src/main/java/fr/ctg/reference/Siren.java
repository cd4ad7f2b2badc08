package fr.ctg.reference;

/** SIREN numbers: 9 digits whose Luhn checksum holds. */
public final class Siren {

    private Siren() {
    }

    public static boolean isValid(String siren) {
        return siren != null && siren.matches("[0-9]{9}") && Luhn.holds(siren);
    }
}
