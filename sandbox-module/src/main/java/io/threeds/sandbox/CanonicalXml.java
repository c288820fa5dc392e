package io.threeds.sandbox;

import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The canonical text of an element, the form the simulated ACS signs and Paysafe checks: start and end
 * tags always written out, attributes in name order with double quotes, text as it is with {@code &},
 * {@code <} and {@code >} escaped, no whitespace added, comments and processing instructions left out.
 * For these namespace-free messages it is the element's W3C Canonical XML (without comments), so an
 * element built in memory and the same element parsed from a PaRes have the same text, and any change
 * to a name, an attribute or a text does change it.
 */
public final class CanonicalXml {

    private CanonicalXml() {
    }

    public static String of(Element element) {
        StringBuilder text = new StringBuilder(512);
        write(element, text);
        return text.toString();
    }

    private static void write(Node node, StringBuilder out) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> {
                Element element = (Element) node;
                out.append('<').append(element.getTagName());
                attributes(element).forEach((name, value) ->
                        out.append(' ').append(name).append("=\"").append(escape(value, true)).append('"'));
                out.append('>');
                for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                    write(child, out);
                }
                out.append("</").append(element.getTagName()).append('>');
            }
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(escape(node.getNodeValue(), false));
            default -> {
                // Comments and processing instructions are not part of the canonical text.
            }
        }
    }

    private static Map<String, String> attributes(Element element) {
        Map<String, String> sorted = new TreeMap<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            sorted.put(attribute.getNodeName(), attribute.getNodeValue());
        }
        return sorted;
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append(attribute ? ">" : "&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\r' -> escaped.append("&#xD;");
                case '\t' -> escaped.append(attribute ? "&#x9;" : "\t");
                case '\n' -> escaped.append(attribute ? "&#xA;" : "\n");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
