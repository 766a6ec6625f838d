package dev.faustwire.stdlib.build;

import java.util.List;

/**
 * The {@code #### Delay} section of a function's doc, which says that the function delays its
 * first input: {@code 1 sample on the first input; in a loop: `history_fed`}. Codegen cuts a
 * feedback loop at such a box and writes its {@code _fed} form inside the loop.
 */
public final class DelaySection {
    private static final String HEADING = "#### delay";
    private static final String MIDDLE = " on the first input; in a loop: `";

    /** What a section says: samples and the qualified {@code _fed} name, or why it cannot be read. */
    public record Parsed(int samples, String fed, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private DelaySection() {
    }

    /** The first non-empty line after {@code #### Delay}, trimmed; null when the doc has no such section. */
    static String line(List<String> body) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).trim().toLowerCase().equals(HEADING)) {
                for (int j = i + 1; j < body.size(); j++) {
                    String text = body.get(j).trim();
                    if (text.startsWith("#")) {
                        return "";
                    }
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
                return "";
            }
        }
        return null;
    }

    /**
     * Reads {@code N sample(s) on the first input; in a loop: `NAME_fed`} of the function
     * {@code qualifiedName}; the {@code _fed} name gets the function's prefix.
     */
    public static Parsed parse(String qualifiedName, String line) {
        String expected = "the Delay section must read \"N sample(s) on the first input; in a loop: `NAME_fed`\", not \""
                + line + "\"";
        int space = line.indexOf(' ');
        int middle = line.indexOf(MIDDLE);
        if (space <= 0 || middle < 0 || !line.endsWith("`")) {
            return new Parsed(0, null, expected);
        }
        String count = line.substring(0, space);
        String unit = line.substring(space + 1, middle);
        int samples = count.length() <= 6 && count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count) : 0;
        if (samples < 1 || !unit.equals(samples == 1 ? "sample" : "samples")) {
            return new Parsed(0, null, expected);
        }
        String fed = line.substring(middle + MIDDLE.length(), line.length() - 1);
        String shortName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        if (!fed.equals(shortName + "_fed")) {
            return new Parsed(0, null, "the Delay section names `" + fed + "`; the loop form of " + shortName
                    + " must be `" + shortName + "_fed`");
        }
        return new Parsed(samples, qualifiedName.substring(0, qualifiedName.lastIndexOf('.') + 1) + fed, null);
    }
}
