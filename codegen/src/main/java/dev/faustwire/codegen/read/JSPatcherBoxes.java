package dev.faustwire.codegen.read;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.text.BoxText;
import dev.faustwire.core.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The names JSPatcher's Faust mode has besides ours, so its users' patchers open as they are:
 * {@code param} (its slider), {@code sr}/{@code SR}/{@code sampleRate}, {@code const}, the wires
 * {@code _}, {@code <:} and {@code ()}, {@code waveform} and {@code import}. ({@code f}, {@code :>},
 * {@code s} and {@code r} are in {@link Primitive} and {@link StructureBoxes}.)
 */
final class JSPatcherBoxes {
    private static final List<String> NAMES = List.of("param", "sr", "SR", "sampleRate", "const", "_", "<:", "()",
            "waveform", "import");

    private final BoxReader reader;
    private final ControlBoxes controls;

    JSPatcherBoxes(BoxReader reader, ControlBoxes controls) {
        this.reader = reader;
        this.controls = controls;
    }

    /** True for the names this class reads (a null {@link #analyze} then means a reported problem). */
    static boolean claims(String name) {
        return NAMES.contains(name);
    }

    BoxSpec analyze(Box box, BoxText text) {
        return switch (text.name()) {
            case "param" -> controls.analyze(box, control(text));
            case "sr", "SR", "sampleRate" -> noArguments(box, text)
                    ? BoxSpec.operation("SampleRate", "ma.SR", BoxSpec.Shape.NAME, List.of(), 1, 0) : null;
            case "const" -> reader.constant(box, text);
            case "_" -> noArguments(box, text) ? wire("Wire", 1, 1) : null;
            case "<:" -> noArguments(box, text) ? wire("Split", 1, 2) : null;
            case "()" -> bus(box, text);
            case "waveform" -> waveform(box, text);
            case "import" -> importBox(box, text);
            default -> null;
        };
    }

    /** JSPatcher's {@code param} is an {@code hslider}; other texts as they are. */
    static BoxText control(BoxText text) {
        return text.name().equals("param") ? new BoxText("hslider", text.args(), text.attributes()) : text;
    }

    private boolean noArguments(Box box, BoxText text) {
        if (!text.args().isEmpty()) {
            reader.fail(Code.WRONG_ARGUMENT, box, "\"" + text.name() + "\" takes no arguments");
            return false;
        }
        return true;
    }

    /** A box whose outlet k carries its inlet k (modulo its inlets: {@code <:} copies its one inlet). */
    private static BoxSpec wire(String kind, int inlets, int outlets) {
        List<String> slots = new ArrayList<>(inlets);
        for (int i = 0; i < inlets; i++) {
            slots.add(null);
        }
        return BoxSpec.operation(kind, null, BoxSpec.Shape.WIRE, slots, outlets, 0);
    }

    /** {@code () @ins N}: N wires side by side, Faust's {@code si.bus(N)}; one without {@code @ins}. */
    private BoxSpec bus(Box box, BoxText text) {
        if (!noArguments(box, text)) {
            return null;
        }
        Integer ins = text.attribute("ins") == null ? Integer.valueOf(1) : reader.attributeInt(box, text, "ins");
        if (ins == null) {
            return null;
        }
        if (ins < 1) {
            return reader.fail(Code.WRONG_ARGUMENT, box, "a bus has at least one channel (@ins 1)");
        }
        return wire("Bus", ins, ins);
    }

    /** {@code waveform v1 v2 ...}: Faust's {@code waveform{v1, v2, ...}}, outlets the table size and the table. */
    private BoxSpec waveform(Box box, BoxText text) {
        if (text.args().isEmpty()) {
            return reader.fail(Code.WRONG_ARGUMENT, box, "\"waveform\" takes the values of its table, as in"
                    + " \"waveform 0 0.5 1\"");
        }
        StringBuilder head = new StringBuilder("waveform{");
        for (int i = 0; i < text.args().size(); i++) {
            Token value = text.args().get(i);
            if (!value.isNumber()) {
                return reader.fail(Code.WRONG_ARGUMENT, box, "the values of a waveform are numbers, not \""
                        + value.text() + "\"");
            }
            String literal = FaustLiterals.number(value.text());
            // Faust reads a sign inside waveform{} but no parentheses.
            head.append(i == 0 ? "" : ", ").append(literal.startsWith("(") ? literal.substring(1, literal.length() - 1)
                    : literal);
        }
        return BoxSpec.operation("Waveform", head.append('}').toString(), BoxSpec.Shape.NAME, List.of(), 2, 0);
    }

    /**
     * {@code import NAME.lib}: no ports; adds {@code import("NAME.lib");} to the program's imports
     * ({@code stdfaust.lib}, always imported, when no name is given, as in JSPatcher). Only a plain
     * file name of the Faust libraries' folder: no path, so no file elsewhere is read.
     */
    private BoxSpec importBox(Box box, BoxText text) {
        String library = text.args().isEmpty() ? "stdfaust.lib" : text.args().size() == 1 ? text.args().get(0).text() : "";
        if (!isLibraryName(library)) {
            return reader.fail(Code.WRONG_ARGUMENT, box, "\"import\" takes one library file name, as in"
                    + " \"import maths.lib\"");
        }
        return BoxSpec.imported(library);
    }

    /** Letters, digits, '_' and '-' then {@code .lib}; no slash, no leading dot. */
    static boolean isLibraryName(String name) {
        if (!name.endsWith(".lib") || name.length() <= 4) {
            return false;
        }
        for (int i = 0; i < name.length() - 4; i++) {
            char c = name.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-';
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
