package fr.ctg.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The built-in sample convention (the Pays du Gier), as a definition body, under an id of the test's choosing. */
public final class SampleConvention {

    public static final String ID = "ctg-pays-du-gier-2023";
    public static final String RESOURCE = "/sample/ctg-pays-du-gier.json";

    private SampleConvention() {
    }

    /** The sample's JSON with its id replaced, so that each test has a convention of its own. */
    public static String as(String conventionId) {
        try (InputStream in = SampleConvention.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (it ships with command-side)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"" + ID + "\"", "\"" + conventionId + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
