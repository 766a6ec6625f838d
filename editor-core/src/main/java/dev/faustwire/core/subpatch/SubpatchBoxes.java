package dev.faustwire.core.subpatch;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.text.BoxText;
import dev.faustwire.core.text.BoxTextException;
import dev.faustwire.core.text.BoxTextParser;
import dev.faustwire.core.text.Token;

/** What the sub-patcher commands need to know of a box from its text alone: its name, a file it names, an in/out number. */
public final class SubpatchBoxes {
    private SubpatchBoxes() {
    }

    /** The parsed text of a box, or null when it cannot be read (an unclosed quote). */
    public static BoxText text(Box box) {
        try {
            return BoxTextParser.parse(box.text());
        } catch (BoxTextException e) {
            return null;
        }
    }

    /** The first word of a box's text, empty when there is none or it cannot be read. */
    public static String name(Box box) {
        BoxText text = text(box);
        return text == null ? "" : text.name();
    }

    /** True for a {@code p}, {@code patcher} or {@code ondemand} box: one whose content is a patch. */
    public static boolean isSubpatcher(Box box) {
        return isSubpatcherName(name(box));
    }

    /** True for the names of boxes whose content is a patch: {@code p}, {@code patcher}, {@code ondemand}. */
    public static boolean isSubpatcherName(String name) {
        return name.equals("p") || name.equals("patcher") || name.equals(ONDEMAND);
    }

    /** The name of the sub-patcher kind whose content runs only on the ticks of the clock on its inlet 0. */
    public static final String ONDEMAND = "ondemand";

    /** True for an {@code ondemand} box: a sub-patcher with a clock inlet before its content's inputs. */
    public static boolean isOnDemand(Box box) {
        return name(box).equals(ONDEMAND);
    }

    /**
     * The file a sub-patcher box names ({@code p ./filters/lp.dsppat} gives {@code ./filters/lp.dsppat}),
     * or null when its argument is no {@link #isFileReference file reference}.
     */
    public static String fileReference(Box box) {
        if (!isSubpatcher(box)) {
            return null;
        }
        BoxText text = text(box);
        if (text.args().isEmpty()) {
            return null;
        }
        String word = text.args().get(0).text();
        return isFileReference(word) ? word : null;
    }

    /** True when the argument of a sub-patcher box names a file: a word with a slash, or ending in {@code .dsppat} or {@code .json}. */
    public static boolean isFileReference(String reference) {
        return reference != null && (reference.indexOf('/') >= 0 || reference.endsWith(".dsppat")
                || reference.endsWith(".json"));
    }

    /** N of an {@code in N} box ({@code in} alone is 1), or -1 for any other box. */
    public static int inNumber(Box box) {
        return number(box, "in");
    }

    /** N of an {@code out N} box ({@code out} alone is 1), or -1 for any other box. */
    public static int outNumber(Box box) {
        return number(box, "out");
    }

    private static int number(Box box, String kind) {
        BoxText text = text(box);
        if (text == null || !text.name().equals(kind)) {
            return -1;
        }
        if (text.args().isEmpty()) {
            return 1;
        }
        Token first = text.args().get(0);
        String word = first.text();
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < '0' || c > '9' || i > 6) {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return word.isEmpty() ? -1 : n;
    }

    /** True for {@code par}, {@code seq}, {@code sum} and {@code prod}. */
    public static boolean isIteration(Box box) {
        String name = name(box);
        return name.equals("par") || name.equals("seq") || name.equals("sum") || name.equals("prod");
    }

    /** The value of a whole-number attribute ({@code @ins 2}), or {@code otherwise}. */
    public static int intAttribute(Box box, String attribute, int otherwise) {
        BoxText text = text(box);
        BoxText.Attribute found = text == null ? null : text.attribute(attribute);
        if (found == null || found.values().isEmpty()) {
            return otherwise;
        }
        String word = found.values().get(0).text();
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < '0' || c > '9' || i > 6) {
                return otherwise;
            }
            n = n * 10 + (c - '0');
        }
        return word.isEmpty() ? otherwise : n;
    }
}
