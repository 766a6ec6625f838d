package dev.faustwire.server.diagram;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Cleans one SVG file of Faust's diagram by a whitelist before it is served or shown inline: only
 * drawing elements of the SVG namespace (no {@code script}, {@code style}, {@code foreignObject},
 * {@code image}, {@code use}...; an element left out is left out with all it holds), only the
 * attributes {@link SvgAttributes} allows, and links only to the diagram's own files, rewritten to
 * their stable names. The file is read without DTDs or entities and written again from scratch,
 * so nothing of the input's markup survives but what is kept.
 */
final class SvgCleaner {
    static final String SVG = "http://www.w3.org/2000/svg";
    static final String XLINK = "http://www.w3.org/1999/xlink";

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "a", "rect", "line", "circle", "ellipse",
            "polygon", "polyline", "path", "text", "tspan", "title", "desc");
    private static final Set<String> TEXT_HOLDERS = Set.of("text", "tspan", "title", "desc");

    private SvgCleaner() {
    }

    /**
     * The cleaned text of {@code svg}; {@code links} maps Faust's file names to stable names, and a
     * link to any other place is dropped (its {@code a} becomes a {@code g}).
     */
    static String clean(byte[] svg, Map<String, String> links) throws DiagramException {
        StringBuilder out = new StringBuilder(svg.length);
        try {
            XMLStreamReader in = factory().createXMLStreamReader(new ByteArrayInputStream(svg));
            try {
                copy(in, links, out);
            } finally {
                in.close();
            }
        } catch (XMLStreamException e) {
            throw new DiagramException("a diagram file is not well-formed SVG: " + e.getMessage());
        }
        if (out.length() == 0) {
            throw new DiagramException("a diagram file has no svg element");
        }
        return out.toString();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static void copy(XMLStreamReader in, Map<String, String> links, StringBuilder out)
            throws XMLStreamException {
        int skipping = 0;
        int depth = 0;
        Deque<String> open = new ArrayDeque<>();
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = in.getLocalName();
                boolean kept = skipping == 0 && SVG.equals(in.getNamespaceURI()) && ELEMENTS.contains(name)
                        && (depth > 1 || name.equals("svg"));
                if (!kept) {
                    skipping++;
                    continue;
                }
                String written = start(in, name, depth == 1, links, out);
                open.push(written);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (skipping > 0) {
                    skipping--;
                } else {
                    out.append("</").append(open.pop()).append('>');
                }
            } else if (event == XMLStreamConstants.CHARACTERS && skipping == 0 && !open.isEmpty()
                    && TEXT_HOLDERS.contains(open.peek())) {
                escape(in.getText(), out);
            }
        }
    }

    /** Writes a start tag with the attributes kept; returns the element's name as written ({@code a} may become {@code g}). */
    private static String start(XMLStreamReader in, String name, boolean root, Map<String, String> links,
            StringBuilder out) {
        StringBuilder attributes = new StringBuilder();
        String link = null;
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String namespace = in.getAttributeNamespace(i);
            String local = in.getAttributeLocalName(i);
            String value = in.getAttributeValue(i);
            if (local.equals("href") && (namespace == null || namespace.isEmpty() || XLINK.equals(namespace))) {
                String stable = links.get(value);
                if (name.equals("a") && stable != null) {
                    link = stable;
                }
                continue;
            }
            if (namespace != null && !namespace.isEmpty() && !XMLConstants.NULL_NS_URI.equals(namespace)) {
                continue;
            }
            String kept = SvgAttributes.kept(local, value);
            if (kept != null) {
                attribute(local, kept, attributes);
            }
        }
        String written = name.equals("a") && link == null ? "g" : name;
        out.append('<').append(written);
        if (root) {
            out.append(" xmlns=\"").append(SVG).append("\" xmlns:xlink=\"").append(XLINK).append('"');
        }
        if (link != null) {
            attribute("xlink:href", link + ".svg", out);
        }
        out.append(attributes).append('>');
        return written;
    }

    private static void attribute(String name, String value, StringBuilder out) {
        out.append(' ').append(name).append("=\"");
        escape(value, out);
        out.append('"');
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
