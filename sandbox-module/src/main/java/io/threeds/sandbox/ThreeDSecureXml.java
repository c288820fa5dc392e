package io.threeds.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * How 3-D Secure 1.0 messages travel through the shopper's browser, as every simulated 3DS 1.0 ACS
 * (paysafe's, intergiro's) writes and reads them: the XML document
 * ({@code <ThreeDSecure><Message id="...">...}), zlib-deflated, then base64. Reading is defensive, since
 * a PaReq or PaRes comes from a form anyone can fill in: no DTD (so no entity), at most
 * {@value #MAX_INFLATED} bytes once inflated; whatever fails to read is simply no message.
 */
public final class ThreeDSecureXml {
    public static final String ROOT = "ThreeDSecure";
    public static final String MESSAGE = "Message";
    public static final String VERSION = "1.0.2";
    public static final int MAX_INFLATED = 256 * 1024;
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private ThreeDSecureXml() {
    }

    /** A new document {@code <ThreeDSecure><Message id="messageId"/></ThreeDSecure>}; returns the message. */
    public static Element newMessage(String messageId) {
        try {
            Document document = parserFactory().newDocumentBuilder().newDocument();
            Element root = document.createElement(ROOT);
            document.appendChild(root);
            Element message = add(root, MESSAGE);
            message.setAttribute("id", messageId);
            return message;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not available", e);
        }
    }

    public static Element add(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElement(name);
        parent.appendChild(child);
        return child;
    }

    /** Adds {@code <name>text</name>}; nothing when the text is null (an optional element left out). */
    public static void add(Element parent, String name, String text) {
        if (text != null) {
            add(parent, name).setTextContent(text);
        }
    }

    /** The first child element of that name. */
    public static Optional<Element> child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    /** The text of the element at a slash-separated path below {@code parent} ({@code Purchase/xid}), or null. */
    public static String text(Element parent, String path) {
        Optional<Element> current = Optional.of(parent);
        for (String name : path.split("/")) {
            current = current.flatMap(element -> child(element, name));
        }
        return current.map(Element::getTextContent).orElse(null);
    }

    /** The message's {@code <ThreeDSecure>} document, canonical text, deflated, base64. */
    public static String encode(Element message) {
        Element root = message.getOwnerDocument().getDocumentElement();
        byte[] xml = (XML_DECLARATION + CanonicalXml.of(root)).getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(xml);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /**
     * The {@code <Message>} of an encoded document, or empty when the text is not base64 of a complete
     * zlib stream of well-formed XML with a {@code ThreeDSecure/Message} root. Spaces count as {@code +}
     * (a form decoder may have turned them so) and line breaks are ignored.
     */
    public static Optional<Element> decode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            byte[] deflated = Base64.getMimeDecoder().decode(text.trim().replace(' ', '+'));
            Document document = parse(inflate(deflated));
            Element root = document.getDocumentElement();
            return ROOT.equals(root.getTagName()) ? child(root, MESSAGE) : Optional.empty();
        } catch (IllegalArgumentException | DataFormatException | SAXException | IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] inflate(byte[] deflated) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 4);
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int inflated = inflater.inflate(buffer);
                if (inflated == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("the zlib stream is truncated");
                }
                out.write(buffer, 0, inflated);
                if (out.size() > MAX_INFLATED) {
                    throw new DataFormatException("the message is longer than " + MAX_INFLATED + " bytes");
                }
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    private static Document parse(byte[] xml) throws SAXException, IOException {
        try {
            DocumentBuilder parser = parserFactory().newDocumentBuilder();
            parser.setErrorHandler(new DefaultHandler());
            return parser.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not available", e);
        }
    }

    private static DocumentBuilderFactory parserFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
