package fr.ctg.convention;

/** A span of whole calendar years, both ends included (e.g. 2023-2027). */
public record Period(int startYear, int endYear) {

    public boolean contains(int year) {
        return year >= startYear && year <= endYear;
    }

    public boolean within(Period other) {
        return startYear >= other.startYear && endYear <= other.endYear;
    }

    @Override
    public String toString() {
        return startYear == endYear ? Integer.toString(startYear) : startYear + "-" + endYear;
    }
}
