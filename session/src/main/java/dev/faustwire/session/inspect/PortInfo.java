package dev.faustwire.session.inspect;

import java.util.List;

/**
 * One inlet or outlet of a box: its index, its name ({@code fc}, {@code signal}, {@code left}) and
 * the definitions of the program behind it: for an inlet those of the outlets wired into it, for
 * an outlet its own, each as {@code Add_2_0 (line 6)}.
 */
public record PortInfo(boolean outlet, int index, String name, List<String> definitions) {

    public PortInfo {
        definitions = List.copyOf(definitions);
    }

    /** The {@code data-port} value of the port on the canvas: {@code in 0}, {@code out 1}. */
    public String port() {
        return (outlet ? "out " : "in ") + index;
    }

    /** What hovering the port says: its name, then what feeds it (an inlet) or what it is (an outlet). */
    public String hoverText() {
        StringBuilder text = new StringBuilder(outlet ? "outlet " : "inlet ").append(index + 1).append(": ").append(name);
        if (definitions.isEmpty()) {
            text.append(outlet ? "\nno definition in the program" : "\nnothing connected");
        } else {
            text.append(outlet ? "\ndefined as " : "\nfed by ").append(String.join(", ", definitions));
        }
        return text.toString();
    }
}
