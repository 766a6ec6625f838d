package dev.faustwire.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.opentest4j.AssertionFailedError;

/**
 * The code panel as tests read it. CodeMirror puts only the lines in view into the page, so the
 * whole program is read from the panel's document ({@code window.faustwireCode.text()}, reading
 * state); the panel's state (ok, failed, empty) is the class of {@code [data-role='code']}.
 * {@code assertThat(p.code())} waits as Playwright's own assertions do.
 */
final class CodeView {
    private static final double TIMEOUT = 5000;
    private static final String TEXT = "() => window.faustwireCode ? window.faustwireCode.text() : ''";

    private final Page page;
    private final Locator panel;

    CodeView(Page page) {
        this.page = page;
        this.panel = page.locator("[data-role='code']");
    }

    /** The panel's element (its class is ok, failed or empty). */
    Locator panel() {
        return panel;
    }

    /** The whole program the panel shows, every line, with its line ends. */
    String textContent() {
        return (String) page.evaluate(TEXT);
    }

    /** Playwright-like assertions on the whole text and the state of the panel. */
    static Assertions assertThat(CodeView code) {
        return new Assertions(code, false);
    }

    /** Assertions that wait up to five seconds (or the timeout given) for the panel to show what is asked. */
    static final class Assertions {
        private final CodeView code;
        private final boolean negated;

        private Assertions(CodeView code, boolean negated) {
            this.code = code;
            this.negated = negated;
        }

        Assertions not() {
            return new Assertions(code, !negated);
        }

        void containsText(String expected) {
            waitFor("t.includes(arg)", expected, TIMEOUT, "contain");
        }

        void containsText(String expected, LocatorAssertions.ContainsTextOptions options) {
            waitFor("t.includes(arg)", expected, options.timeout != null ? options.timeout : TIMEOUT, "contain");
        }

        void hasText(String expected) {
            waitFor("t === arg", expected, TIMEOUT, "be");
        }

        void hasText(String expected, LocatorAssertions.HasTextOptions options) {
            waitFor("t === arg", expected, options.timeout != null ? options.timeout : TIMEOUT, "be");
        }

        void isEmpty() {
            waitFor("t === arg", "", TIMEOUT, "be");
        }

        void hasClass(String expected) {
            LocatorAssertions assertions = PlaywrightAssertions.assertThat(code.panel);
            (negated ? assertions.not() : assertions).hasClass(expected);
        }

        private void waitFor(String test, String expected, double timeout, String verb) {
            String condition = negated ? "!(" + test + ")" : test;
            try {
                code.page.waitForFunction("arg => { const t = " + TEXT.substring(6) + "; return " + condition + "; }",
                        expected, new Page.WaitForFunctionOptions().setTimeout(timeout).setPollingInterval(50));
            } catch (PlaywrightException timedOut) {
                String actual = code.textContent();
                throw new AssertionFailedError("the code panel's program should " + (negated ? "not " : "") + verb
                        + " " + quote(expected), negated ? "not " + expected : expected, actual);
            }
        }

        private static String quote(String text) {
            return text.length() > 200 ? "\"" + text.substring(0, 200) + "…\"" : "\"" + text + "\"";
        }
    }
}
