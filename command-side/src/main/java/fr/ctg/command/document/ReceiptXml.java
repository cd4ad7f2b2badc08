package fr.ctg.command.document;

import fr.ctg.platform.documents.DocumentRefused;
import fr.ctg.platform.documents.SafeXml;
import fr.ctg.route.PrefectureReceipt;
import org.springframework.http.HttpStatus;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the prefecture's acknowledgement of receipt, an ACTES {@code ARActe} message (namespace
 * {@value #NAMESPACE}), with the one safe parser ({@link SafeXml}: no DOCTYPE, no entity). What is missing or of the
 * wrong shape is a 400 {@code receipt-malformed} saying which element or attribute.
 */
final class ReceiptXml {

    static final String NAMESPACE = "http://www.interieur.gouv.fr/ACTES#v1.1-20040216";
    private static final Pattern SUBJECT_CODE = Pattern.compile("[0-9]{1,2}");
    private static final int SUBJECT_LEVELS = 5;

    private ReceiptXml() {
    }

    static PrefectureReceipt parse(byte[] xml) {
        Element root = SafeXml.parse(xml).getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"ARActe".equals(root.getLocalName())) {
            throw malformed("The root element is {" + root.getNamespaceURI() + "}" + root.getLocalName()
                    + "; an ACTES receipt is actes:ARActe in namespace " + NAMESPACE + ".");
        }
        Element received = child(root, "ActeRecu");
        if (received == null) {
            throw malformed("The receipt has no actes:ActeRecu element.");
        }
        List<String> subjects = new ArrayList<>();
        for (int level = 1; level <= SUBJECT_LEVELS; level++) {
            Element code = child(received, "CodeMatiere" + level);
            if (code == null) {
                break;
            }
            String value = attribute(code, "CodeMatiere");
            if (!SUBJECT_CODE.matcher(value).matches()) {
                throw malformed("CodeMatiere" + level + "/@CodeMatiere '" + value + "' is not a code of the ACTES "
                        + "classification (1 or 2 digits).");
            }
            subjects.add(value);
        }
        return new PrefectureReceipt(attribute(root, "IDActe"), date(root, "DateReception"), date(received, "Date"),
                optional(received, "NumeroInterne"), attribute(received, "CodeNatureActe"), subjects,
                text(received, "ClassificationDateVersion"), text(received, "Objet"));
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && NAMESPACE.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    /** An attribute in the ACTES namespace, as the protocol writes them ({@code actes:IDActe}), or unprefixed. */
    private static String attribute(Element element, String name) {
        String value = optional(element, name);
        if (value == null || value.isBlank()) {
            throw malformed("actes:" + element.getLocalName() + " has no attribute actes:" + name + ".");
        }
        return value.strip();
    }

    private static String optional(Element element, String name) {
        if (element.hasAttributeNS(NAMESPACE, name)) {
            return element.getAttributeNS(NAMESPACE, name);
        }
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    private static LocalDate date(Element element, String name) {
        String value = attribute(element, name);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw malformed("actes:" + element.getLocalName() + "/@" + name + " '" + value
                    + "' is not a date (YYYY-MM-DD).");
        }
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().strip();
    }

    private static DocumentRefused malformed(String message) {
        return new DocumentRefused(HttpStatus.BAD_REQUEST, "receipt-malformed", message);
    }
}
