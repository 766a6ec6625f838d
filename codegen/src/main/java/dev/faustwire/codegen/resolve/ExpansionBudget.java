package dev.faustwire.codegen.resolve;

import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;

/**
 * How much one generation has expanded so far: the boxes of every level it enters and their text,
 * counted once per use (a file used three times counts three times, as Faust expands each use), and
 * whether that crossed the bounds. The resolve pass and the analysis each keep one, charged in the
 * same order, so that both stop at the same sub-patcher box, before an exponential expansion costs
 * its price.
 */
public final class ExpansionBudget {
    /**
     * The most boxes a program may expand to: five times the largest patch the tests, the corpus
     * and the benchmarks generate (a 10,000-box chain, used once, which generates in about 0.2 s).
     * Faust itself already gives up on a chain of 10,000 (its stack overflows), so no program that
     * compiles comes near it; and generating 50,000 boxes as copies (a file that cannot be shared,
     * used five times) stays near a second and under 100 MB.
     */
    public static final long MAX_BOXES = 50_000;
    /**
     * The most characters of box text (and code-box Faust text) a program may expand to, a bound on
     * its size: four times the largest request the server reads (4 MiB), so any patch that fits in a
     * request and is used once passes, while a file that is used over and over does not.
     */
    public static final long MAX_TEXT = 16L << 20;

    private long boxes;
    private long text;
    private boolean reported;
    /** Above zero while a use already charged at once is walked again. */
    private int suspended;

    /** Counts one use of a level of {@code boxes} boxes and {@code text} characters; false once over the bounds. */
    public boolean charge(long boxes, long text) {
        if (suspended > 0) {
            return !crossed();
        }
        this.boxes += boxes;
        this.text += text;
        return !crossed();
    }

    /** Counts one use of {@code patch}'s own boxes (not those of the sub-patchers inside it). */
    public boolean charge(Patch patch) {
        return charge(patch.boxes().size(), textOf(patch));
    }

    /** Charges nothing until {@link #resume}: the walk of a use whose whole expansion is already charged. */
    public void suspend() {
        suspended++;
    }

    public void resume() {
        suspended--;
    }

    /** What E028 says at the box that crossed the budget. */
    public String problem() {
        return "with this sub-patcher the program would expand to " + boxes + " boxes and " + text
                + " characters of box text, more than the " + MAX_BOXES + " boxes and " + MAX_TEXT + " characters"
                + " one program may hold (each use of a file counts all of its boxes again); use the file fewer"
                + " times, or repeat it with an iteration such as \"par 4\"";
    }

    public boolean crossed() {
        return boxes > MAX_BOXES || text > MAX_TEXT;
    }

    /** True the first time it is asked, so that the crossing is reported once, on the box that crossed. */
    public boolean firstReport() {
        boolean first = !reported;
        reported = true;
        return first;
    }

    public long boxes() {
        return boxes;
    }

    public long text() {
        return text;
    }

    /** The characters of a level's own box texts and code-box Faust texts. */
    public static long textOf(Patch patch) {
        long total = 0;
        for (Box box : patch.boxes().values()) {
            total += box.text() == null ? 0 : box.text().length();
            if (box.data() instanceof JsonObject data && data.get("value") instanceof JsonString value) {
                total += value.value().length();
            }
        }
        return total;
    }
}
