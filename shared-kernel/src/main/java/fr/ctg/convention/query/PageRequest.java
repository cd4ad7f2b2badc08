package fr.ctg.convention.query;

/** A page of a list view: {@code page} counts from 0. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size within 1.." + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
