package fr.ctg.reference;

/** The Luhn checksum that SIREN and SIRET numbers carry. */
final class Luhn {

    private Luhn() {
    }

    static boolean holds(String digits) {
        int sum = 0;
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            int digit = digits.charAt(length - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
