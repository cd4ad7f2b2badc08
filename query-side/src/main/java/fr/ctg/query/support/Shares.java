package fr.ctg.query.support;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share as a decimal in [0, 1], 4 decimals, half-up; 0 when there is nothing to divide by. */
public final class Shares {

    private Shares() {
    }

    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(4, RoundingMode.UNNECESSARY);
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
