package fr.ctg.platform.documents;

import org.springframework.http.HttpStatus;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The one way the service parses XML from outside: namespace-aware, with secure processing, and no DOCTYPE at all,
 * so that no entity is ever declared, expanded or fetched (billion laughs, external entities, XXE) and nothing is
 * loaded from the network. A document with a DOCTYPE is refused before anything in it is read.
 */
public final class SafeXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SafeXml() {
    }

    /** @throws DocumentRefused 400 {@code xml-doctype-refused} or {@code xml-malformed}, saying where and what */
    public static Document parse(byte[] xml) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new Strict());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not read");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw refusal(e.getMessage(), "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": ");
        } catch (SAXException e) {
            throw refusal(e.getMessage(), "");
        } catch (IOException | ParserConfigurationException e) {
            throw DocumentRefused.malformedXml("The XML cannot be read: " + e.getMessage());
        }
    }

    private static DocumentRefused refusal(String message, String where) {
        String text = message == null ? "" : message;
        if (text.contains("DOCTYPE") || text.contains(DISALLOW_DOCTYPE)) {
            return new DocumentRefused(HttpStatus.BAD_REQUEST, "xml-doctype-refused",
                    "XML with a DOCTYPE (a DTD or entity declarations) is refused; nothing in it was expanded.");
        }
        return DocumentRefused.malformedXml("The XML is malformed at " + where + text);
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature(DISALLOW_DOCTYPE, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** Warnings and errors are failures too: a receipt is either well-formed or refused. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
