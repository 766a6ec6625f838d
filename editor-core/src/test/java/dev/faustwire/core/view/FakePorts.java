package dev.faustwire.core.view;

import dev.faustwire.core.model.Box;

/**
 * Port counts for tests without the library index: {@code in} 0/1, {@code out} 1/0, {@code + - *}
 * 2/1 (one inlet less per argument), {@code mem} and {@code os.osc} 1/1, {@code comment} 0/0, and
 * anything else unknown.
 */
public final class FakePorts implements PortCounts {
    @Override
    public Ports of(Box box) {
        String text = box.text();
        int space = text.indexOf(' ');
        String name = space < 0 ? text : text.substring(0, space);
        boolean hasArgument = space >= 0;
        return switch (name) {
            case "in" -> new Ports(0, 1, true);
            case "out" -> new Ports(1, 0, true);
            case "+", "-", "*" -> new Ports(hasArgument ? 1 : 2, 1, true);
            case "mem", "os.osc", "sin" -> new Ports(1, 1, true);
            case "comment" -> new Ports(0, 0, true);
            case "split" -> new Ports(1, 3, true);
            default -> Ports.UNKNOWN;
        };
    }
}
