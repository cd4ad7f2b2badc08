package fr.ctg.platform.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A client's file name keeps no path and no control character, and goes back out percent-encoded (RFC 6266). */
class FileNamesTest {

    @Test
    void onlyTheLastSegmentWithoutControlCharactersOrQuotesIsKept() {
        assertThat(FileNames.safe("..\\..\\C:\\secret/délib \"finale\";.pdf")).isEqualTo("délib finale;.pdf");
        assertThat(FileNames.safe("acte.pdf\r\nX-Injected: oui")).isEqualTo("acte.pdfX-Injected: oui");
        assertThat(FileNames.safe("../..")).isEqualTo("document");
        assertThat(FileNames.safe(null)).isEqualTo("document");
    }

    @Test
    void theContentDispositionIsAnAttachmentWithAnEncodedUtf8Name() {
        assertThat(FileNames.contentDisposition("Délibération n°64; signée.pdf\r\nSet-Cookie: x=1"))
                .isEqualTo("attachment; filename=\"D_lib_ration n_64; sign_e.pdfSet-Cookie: x=1\"; "
                        + "filename*=UTF-8''D%C3%A9lib%C3%A9ration%20n%C2%B064%3B%20sign%C3%A9e.pdfSet-Cookie%3A%20x%3D1");
    }
}
