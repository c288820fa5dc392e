package io.threeds.sandbox.intergiro;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
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
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * How a real ACS's 3-D Secure 1.0.2 messages travel through the shopper's browser: the XML document,
 * zlib-deflated, then base64. Reading is defensive, since a PaRes comes back through a form anyone can
 * fill in: no DTD (so no entity), at most {@value #MAX_INFLATED} bytes once inflated; whatever fails to
 * read is no message.
 */
final class DeflatedXml {
    static final int MAX_INFLATED = 256 * 1024;

    private DeflatedXml() {
    }

    static Document newDocument() {
        try {
            return parserFactory().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not available", e);
        }
    }

    static String encode(Document document) {
        byte[] xml = serialise(document);
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

    /** The document, or empty unless the text is base64 of a complete zlib stream of well-formed XML. */
    static Optional<Document> decode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            DocumentBuilder parser = parserFactory().newDocumentBuilder();
            parser.setErrorHandler(new DefaultHandler());
            byte[] xml = inflate(Base64.getMimeDecoder().decode(text.strip()));
            return Optional.of(parser.parse(new ByteArrayInputStream(xml)));
        } catch (IllegalArgumentException | DataFormatException | SAXException | IOException e) {
            return Optional.empty();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not available", e);
        }
    }

    private static byte[] serialise(Document document) {
        try {
            StringWriter xml = new StringWriter();
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(xml));
            return xml.toString().getBytes(StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the XML document", e);
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

    private static DocumentBuilderFactory parserFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
