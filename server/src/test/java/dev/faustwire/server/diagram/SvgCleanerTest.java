package dev.faustwire.server.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SvgCleanerTest {
    private static final String HEAD = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " viewBox=\"0 0 10 10\" width=\"5mm\">";
    private static final Map<String, String> LINKS = Map.of("osc-0x7fae5c2770d0.svg", "osc-1", "process.svg", "process");

    private static String clean(String body) throws DiagramException {
        return SvgCleaner.clean((HEAD + body + "</svg>").getBytes(StandardCharsets.UTF_8), LINKS);
    }

    @Test
    void faustsDrawingIsKeptAndItsLinksRenamed() throws DiagramException {
        String out = clean("<a xlink:href=\"osc-0x7fae5c2770d0.svg\"><rect x=\"1.0\" y=\"2\" width=\"3\" height=\"4\""
                + " style=\"stroke:none;fill:#003366;\"/></a><text x=\"1\" y=\"2\" font-family=\"Arial\">osc(440) &amp; &lt;</text>"
                + "<line x1=\"1\" y1=\"1\" x2=\"2\" y2=\"2\" transform=\"rotate(0.000000,92.7,60.0)\"/>"
                + "<polygon fill=\"#ffffff\" stroke=\"black\" stroke-width=\".25\" points=\"60,36.5 69,40\"/>");
        assertTrue(out.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " viewBox=\"0 0 10 10\" width=\"5mm\">"), out);
        assertTrue(out.contains("<a xlink:href=\"osc-1.svg\"><rect x=\"1.0\" y=\"2\" width=\"3\" height=\"4\""
                + " style=\"stroke:none;fill:#003366;\">"), out);
        assertTrue(out.contains(">osc(440) &amp; &lt;</text>"), out);
        assertTrue(out.contains("transform=\"rotate(0.000000,92.7,60.0)\""), out);
        assertTrue(out.contains("points=\"60,36.5 69,40\""), out);
    }

    @Test
    void scriptsAndEverythingTheyHoldAreDropped() throws DiagramException {
        String out = clean("<script>alert(1)</script><script xlink:href=\"https://evil.example/x.js\"/>"
                + "<g><script type=\"text/javascript\"><![CDATA[alert(2)]]></script><rect x=\"1\"/></g>");
        assertFalse(out.toLowerCase().contains("script"), out);
        assertFalse(out.contains("alert"), out);
        assertTrue(out.contains("<rect x=\"1\">"), out);
    }

    @Test
    void eventAttributesAreDropped() throws DiagramException {
        String out = clean("<rect x=\"1\" onclick=\"alert(1)\" onload=\"alert(2)\" ONMOUSEOVER=\"x()\"/>"
                + "<a xlink:href=\"osc-0x7fae5c2770d0.svg\" onfocus=\"alert(3)\"><text onbegin=\"y()\">t</text></a>");
        assertFalse(out.toLowerCase().contains(" on"), out);
        assertFalse(out.contains("alert"), out);
        assertTrue(out.contains("<a xlink:href=\"osc-1.svg\"><text>t</text></a>"), out);
    }

    @Test
    void javascriptAndExternalLinksAreDroppedAndTheirAnchorsBecomeGroups() throws DiagramException {
        String out = clean("<a xlink:href=\"javascript:alert(1)\"><rect x=\"1\"/></a>"
                + "<a href=\"https://evil.example/\"><rect x=\"2\"/></a>"
                + "<a xlink:href=\"//evil.example/osc-0x7fae5c2770d0.svg\"><rect x=\"3\"/></a>"
                + "<a xlink:href=\"data:image/svg+xml,&lt;svg/&gt;\"><rect x=\"4\"/></a>"
                + "<a xlink:href=\"process.svg\"><rect x=\"5\"/></a>"
                + "<rect x=\"6\" xlink:href=\"osc-0x7fae5c2770d0.svg\" href=\"javascript:x\"/>");
        assertFalse(out.contains("javascript"), out);
        assertFalse(out.contains("evil"), out);
        assertFalse(out.contains("data:"), out);
        assertEquals(1, count(out, "href="), out);
        assertTrue(out.contains("<a xlink:href=\"process.svg\"><rect x=\"5\">"), out);
        assertTrue(out.contains("<g><rect x=\"1\">"), out);
    }

    @Test
    void foreignObjectsImagesAndStyleSheetsAreDropped() throws DiagramException {
        String out = clean("<foreignObject width=\"10\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<iframe src=\"https://evil.example\"/></div></foreignObject>"
                + "<image xlink:href=\"https://evil.example/a.png\"/><use xlink:href=\"#x\"/>"
                + "<style>@import url(https://evil.example/a.css);</style>"
                + "<html:iframe xmlns:html=\"http://www.w3.org/1999/xhtml\" src=\"x\"/><set attributeName=\"x\"/>"
                + "<animate attributeName=\"href\" to=\"javascript:alert(1)\"/><rect x=\"1\"/>");
        for (String gone : new String[] {"foreignObject", "iframe", "image", "use", "style>", "import", "evil",
                "set", "animate", "javascript"}) {
            assertFalse(out.contains(gone), gone + " survived: " + out);
        }
        assertTrue(out.contains("<rect x=\"1\">"), out);
    }

    @Test
    void styleWithUrlOrExpressionsLosesThoseDeclarations() throws DiagramException {
        String out = clean("<rect x=\"1\" style=\"fill:url(https://evil.example/#a);stroke:black;"
                + "background-image:url(x);behavior:url(x.htc);width:expression(alert(1));stroke-width:0.25\"/>"
                + "<rect x=\"2\" fill=\"url(#grad)\" stroke=\"url('https://evil.example')\" style=\"fill:u\\72l(x)\"/>"
                + "<rect x=\"3\" style=\"fill:#fff\" transform=\"url(x)\" font-family=\"a;b{}\"/>");
        assertFalse(out.contains("url"), out);
        assertFalse(out.contains("evil"), out);
        assertFalse(out.contains("expression"), out);
        assertFalse(out.contains("\\"), out);
        assertTrue(out.contains("<rect x=\"1\" style=\"stroke:black;stroke-width:0.25;\">"), out);
        assertTrue(out.contains("<rect x=\"2\">"), out);
        assertTrue(out.contains("<rect x=\"3\" style=\"fill:#fff;\">"), out);
    }

    @Test
    void doctypesEntitiesAndCommentsAreNotRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + HEAD + "<text>&x;</text></svg>";
        try {
            String out = SvgCleaner.clean(xxe.getBytes(StandardCharsets.UTF_8), LINKS);
            assertFalse(out.contains("root:"), out);
            assertFalse(out.contains("DOCTYPE"), out);
        } catch (DiagramException refused) {
            // refusing the file is as good as reading none of it
        }
    }

    @Test
    void textOutsideTextElementsAndCommentsAreDropped() throws DiagramException {
        String out = clean("<!-- <script>alert(1)</script> --><?evil x?>stray <b>words</b><rect x=\"1\">inside</rect>");
        assertFalse(out.contains("alert"), out);
        assertFalse(out.contains("evil"), out);
        assertFalse(out.contains("stray"), out);
        assertFalse(out.contains("words"), out);
        assertFalse(out.contains("inside"), out);
    }

    @Test
    void aFileThatIsNotSvgIsRefused() {
        assertThrows(DiagramException.class, () -> SvgCleaner.clean(
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), LINKS));
        assertThrows(DiagramException.class, () -> SvgCleaner.clean(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>".getBytes(StandardCharsets.UTF_8), LINKS));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
