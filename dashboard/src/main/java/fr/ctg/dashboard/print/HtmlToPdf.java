package fr.ctg.dashboard.print;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders a page as PDF with OpenHTMLtoPDF and its built-in fonts, for the annual report and for the dashboard's
 * printed pages. The page is read by jsoup, so any HTML5 page works, not only well-formed XHTML. Rendering fetches
 * nothing: the service makes no outbound call, so the only resources it loads are the dashboard's own stylesheets,
 * from the class path; any other address (a script, an image, a link elsewhere) is left out.
 */
public final class HtmlToPdf {

    private static final String ASSETS = "/ui/assets/";
    private static final String SCHEME = "classpath";

    private HtmlToPdf() {
    }

    public static byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUriResolver((base, uri) -> asset(uri));
            builder.useProtocolsStreamImplementation(HtmlToPdf::open, SCHEME);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), SCHEME + ":" + ASSETS);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A stylesheet of the dashboard's assets (whatever the context path before it), or null: nothing else. */
    private static String asset(String uri) {
        int at = uri == null ? -1 : uri.indexOf(ASSETS);
        return at >= 0 && uri.endsWith(".css") ? SCHEME + ":" + uri.substring(at) : null;
    }

    private static FSStream open(String url) {
        String resource = "static" + url.substring(SCHEME.length() + 1);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return HtmlToPdf.class.getClassLoader().getResourceAsStream(resource);
            }

            @Override
            public Reader getReader() {
                InputStream in = getStream();
                return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
            }
        };
    }
}
