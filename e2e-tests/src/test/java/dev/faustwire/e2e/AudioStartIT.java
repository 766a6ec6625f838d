package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A browser that cannot make an AudioContext (no audio device, a policy) does not leave the person
 * waiting on "starting": the status says audio could not start, the button is released, and its
 * tooltip carries the browser's reason. (TeaVM renames a {@code @JSBody}'s parameters to one letter:
 * a script's own {@code function(e)} once hid the callback named {@code failed}, and this stayed on
 * "starting" with a TypeError in the console.)
 */
class AudioStartIT {
    private static Browsing env;

    @BeforeAll
    static void start() throws Exception {
        env = Browsing.onNewWorkspace("audio-start");
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    void anAudioContextThatCannotStartIsSaidSo() {
        BrowserContext context = env.context(1200, 800);
        context.addInitScript("window.AudioContext = function () { throw new Error('no audio device here'); };");
        Patcher patcher = env.open(context);
        Page page = patcher.page;
        page.locator("[data-role='audio']").click();
        assertThat(page.locator("[data-role='audio-status']")).hasText("audio could not start");
        assertThat(page.locator("[data-role='audio']")).hasAttribute("aria-pressed", "false");
        assertThat(page.locator("[data-role='audio']")).hasAttribute("title", Pattern.compile("no audio device here"));
        context.close();
    }
}
