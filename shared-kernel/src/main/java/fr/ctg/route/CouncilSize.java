package fr.ctg.route;

/**
 * The number of municipal councillors by legal population (CGCT L2121-2). Paris, Lyon and Marseille have their own
 * rules; an intercommunal council's size follows other rules (L5211-6-1): both are given per vote, never defaulted.
 */
public final class CouncilSize {

    private static final int[] FLOORS = {0, 100, 500, 1_500, 2_500, 3_500, 5_000, 10_000, 20_000, 30_000, 40_000,
            50_000, 60_000, 80_000, 100_000, 150_000, 200_000, 250_000, 300_000};
    private static final int[] SIZES = {7, 11, 15, 19, 23, 27, 29, 33, 35, 39, 43, 45, 49, 53, 55, 59, 61, 65, 69};

    private CouncilSize() {
    }

    public static int ofMunicipalCouncil(int population) {
        int size = SIZES[0];
        for (int i = 0; i < FLOORS.length && population >= FLOORS[i]; i++) {
            size = SIZES[i];
        }
        return size;
    }
}
