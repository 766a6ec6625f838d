package dev.faustwire.server.osc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.server.live.LiveHub;
import dev.faustwire.server.live.LiveSlot;
import dev.faustwire.server.toolchain.DspControl;
import java.util.List;

/**
 * libOSCFaust's address space over one live slot, as measured on Debian's libOSCFaust 1.22: the root
 * ({@code /main}) answers {@code hello}, {@code get}, {@code json} and {@code xmit N}; each control's address
 * takes a number ({@code f}, {@code d}, {@code i} or {@code h}) or {@code get}. Addresses may be OSC patterns.
 * Nothing here reaches anything but the slot's controls.
 */
final class OscAddressSpace {
    /** Where errors are sent (to the sender's error port): {@code ,ss [the address received, why]}. */
    static final String ERROR_ADDRESS = "/faustwire/error";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SERVER_PATHS = List.of("include_pathnames", "library_list");

    private OscAddressSpace() {
    }

    /** What a message does to the slot reached on {@code ports}; sets go through the hub with {@code origin}. */
    static OscAnswer handle(LiveHub hub, LiveSlot slot, OscPacket.Message message, OscPorts ports, String hostIp,
            boolean xmitOn, Object origin) {
        OscAnswer answer = new OscAnswer();
        String address = message.address();
        List<Object> args = message.args();
        String root = "/" + rootOf(slot);
        if (OscPattern.matches(address, root)) {
            rootCommand(slot, root, args, ports, hostIp, xmitOn, answer, address);
            return answer;
        }
        boolean matched = false;
        for (DspControl control : slot.controls()) {
            if (OscPattern.matches(address, control.address())) {
                matched = true;
                controlCommand(hub, slot, control, args, origin, answer);
            }
        }
        if (!matched) {
            answer.error(address, "no control of " + root + " at this address");
        }
        return answer;
    }

    private static void rootCommand(LiveSlot slot, String root, List<Object> args, OscPorts ports, String hostIp,
            boolean xmitOn, OscAnswer answer, String received) {
        String command = args.isEmpty() || !(args.get(0) instanceof String s) ? "" : s;
        switch (command) {
            case "hello" -> answer.reply(root, hostIp, ports.in(), ports.out(), ports.err());
            case "get" -> {
                answer.reply(root, "xmit", xmitOn ? 1 : 0);
                answer.reply(root, "bundle", 0);
                answer.reply(root, "desthost", hostIp);
                answer.reply(root, "json");
                answer.reply(root, "outport", ports.out());
                answer.reply(root, "errport", ports.err());
                for (DspControl control : slot.controls()) {
                    answer.reply(control.address(), valueRangeOf(slot, control));
                }
            }
            case "json" -> answer.reply(root, "json", publicJson(slot.json()));
            case "xmit" -> {
                Double mode = args.size() < 2 ? null : numberOf(args.get(1));
                if (mode == null) {
                    answer.error(received, "xmit takes a number: 0 (off) or 1 (on)");
                } else {
                    answer.xmit = mode.intValue();
                }
            }
            default -> answer.error(received, "the root takes hello, get, json or xmit N");
        }
    }

    private static void controlCommand(LiveHub hub, LiveSlot slot, DspControl control, List<Object> args,
            Object origin, OscAnswer answer) {
        Object first = args.isEmpty() ? null : args.get(0);
        if ("get".equals(first)) {
            answer.reply(control.address(), valueRangeOf(slot, control));
            return;
        }
        Double value = first == null ? null : numberOf(first);
        if (value == null) {
            answer.error(control.address(), "a control takes a number (f, d, i) or get");
        } else if (!control.isInput()) {
            answer.error(control.address(), "a bargraph is written by the DSP, not set");
        } else if (hub.set(slot.number(), control.address(), value, origin).isEmpty()) {
            answer.error(control.address(), "not a value this control takes");
        }
    }

    /** {@code [value, min, max]} as floats, as libOSCFaust answers get. */
    private static Object[] valueRangeOf(LiveSlot slot, DspControl control) {
        return new Object[] {(float) slot.value(control), (float) control.min(), (float) control.max()};
    }

    /** A received string fit for a log line or an error: control characters replaced, at most 200 characters. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && i < 200; i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return text.length() > 200 ? out + "..." : out.toString();
    }

    /** f, d, i, h arguments as a double; null for anything else. */
    static Double numberOf(Object arg) {
        if (arg instanceof Float || arg instanceof Double || arg instanceof Integer || arg instanceof Long) {
            return ((Number) arg).doubleValue();
        }
        return null;
    }

    /** The slot's root name, as its controls' addresses begin ({@code main} for {@code /main/freq}). */
    static String rootOf(LiveSlot slot) {
        for (DspControl control : slot.controls()) {
            String address = control.address();
            int slash = address.indexOf('/', 1);
            if (address.startsWith("/") && slash > 1) {
                return address.substring(1, slash);
            }
        }
        try {
            JsonNode label = JSON.readTree(slot.json()).path("ui").path(0).path("label");
            if (label.isTextual() && !label.asText().isEmpty()) {
                return safe(label.asText());
            }
        } catch (JsonProcessingException e) {
            // the hub took it, so it parsed; fall back to the name
        }
        return safe(slot.name() == null || slot.name().isEmpty() ? "main" : slot.name());
    }

    private static String safe(String label) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            out.append(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' ? c : '_');
        }
        return out.toString();
    }

    /** Faust's JSON of the slot without the fields naming files of the machine that compiled it. */
    static String publicJson(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            if (tree instanceof ObjectNode object) {
                object.remove(SERVER_PATHS);
            }
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }
}
