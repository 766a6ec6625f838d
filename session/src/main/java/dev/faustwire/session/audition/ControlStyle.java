package dev.faustwire.session.audition;

import java.util.ArrayList;
import java.util.List;

/**
 * A control's {@code [style:...]} as Faust writes it: {@code knob}, {@code led}, {@code numerical},
 * or {@code menu{'Sine':0;'Saw':1}} and {@code radio{...}} with their labelled values. An unknown or
 * malformed style is {@link #NONE}, and the control keeps its plain widget.
 */
public record ControlStyle(String name, List<Choice> choices) {
    /** No style: the kind's own widget. */
    public static final ControlStyle NONE = new ControlStyle("", List.of());

    /** One entry of a menu or of radio buttons. */
    public record Choice(String label, double value) {
    }

    public ControlStyle {
        choices = List.copyOf(choices);
    }

    public boolean knob() {
        return name.equals("knob");
    }

    /** A menu or radio buttons that has at least one choice. */
    public boolean chooser() {
        return (name.equals("menu") || name.equals("radio")) && !choices.isEmpty();
    }

    /** The index of the choice whose value is nearest a value (the first of equals); 0 without choices. */
    public int nearest(double value) {
        int best = 0;
        for (int i = 1; i < choices.size(); i++) {
            if (Math.abs(choices.get(i).value() - value) < Math.abs(choices.get(best).value() - value)) {
                best = i;
            }
        }
        return best;
    }

    /** The style of a metadata value; {@link #NONE} for one this page does not draw. */
    public static ControlStyle parse(String style) {
        String s = style == null ? "" : style.trim();
        int brace = s.indexOf('{');
        String name = (brace < 0 ? s : s.substring(0, brace)).trim();
        if (name.equals("knob") || name.equals("led") || name.equals("numerical")) {
            return brace < 0 ? new ControlStyle(name, List.of()) : NONE;
        }
        if (!(name.equals("menu") || name.equals("radio")) || brace < 0 || !s.endsWith("}")) {
            return NONE;
        }
        List<Choice> choices = choices(s.substring(brace + 1, s.length() - 1));
        return choices == null ? NONE : new ControlStyle(name, choices);
    }

    /** {@code 'a':0;'b':1} read, or null when it does not read. */
    private static List<Choice> choices(String body) {
        List<Choice> out = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == ' ' || c == ';') {
                i++;
                continue;
            }
            if (c != '\'') {
                return null;
            }
            int close = body.indexOf('\'', i + 1);
            int colon = close < 0 ? -1 : body.indexOf(':', close);
            if (colon < 0) {
                return null;
            }
            int end = body.indexOf(';', colon);
            end = end < 0 ? body.length() : end;
            try {
                out.add(new Choice(body.substring(i + 1, close), Double.parseDouble(body.substring(colon + 1, end).trim())));
            } catch (NumberFormatException e) {
                return null;
            }
            i = end;
        }
        return out;
    }
}
