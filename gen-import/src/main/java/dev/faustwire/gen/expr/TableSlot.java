package dev.faustwire.gen.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One GenExpr {@code Data} (or a patcher {@code data} box the codebox owns) in the translation: its size, its
 * initial content and the pokes the code makes in one sample, in program order.
 *
 * <p>A read sees the table as it was at the start of the sample, overlaid by the pokes that come before it in
 * the program, the later ones winning: the table at the start of the sample is {@code gen.store_rd} fed with
 * every poke of the previous sample (each poke's value, frame and channel go round the code's recursion, so
 * they arrive one sample late), and each earlier poke of this sample is a {@code select2} on the frame read.
 * A read therefore never sees a poke that follows it in the program, even one its value feeds, as in Gen.
 */
final class TableSlot {
    /** One poke of the sample: its feedback names' prefix, the value, the frame (-1 when it writes nothing), the channel. */
    record Poke(String feedback, Val value, Val frame, Val channel) {
    }

    final String key;
    final int number;
    final int dim;
    final int channels;
    /** A Faust function of the flat index {@code channel * dim + frame}: the value before any poke. */
    final String content;
    final List<Poke> pokes = new ArrayList<>();
    /** A Buffer's table (its file's): pokes into it are reported and write nothing. */
    boolean readOnly;
    /** The read channel's text to the name of the table at the start of the sample, read on that channel. */
    private final LinkedHashMap<String, String> stores = new LinkedHashMap<>();
    /** "pokes|channel" to the name of the read function that sees the first pokes of the sample. */
    private final LinkedHashMap<String, String> overlays = new LinkedHashMap<>();

    TableSlot(String key, int number, int dim, int channels, String content) {
        this.key = key;
        this.number = number;
        this.dim = dim;
        this.channels = channels;
        this.content = content;
    }

    /** Records a poke; {@code frame} is already -1 where the poke does not run. */
    void poke(Val value, Val frame, Val channel) {
        pokes.add(new Poke("t" + number + "p" + pokes.size(), value, frame, channel));
    }

    /**
     * The name of a Faust function {@code rd(i)} that reads channel {@code readChannel} (an int in [0, channels))
     * of the table as a read placed here in the program sees it; its definitions are added to {@code defs}.
     */
    String reader(Val readChannel, StringBuilder defs) {
        String channel = readChannel.text();
        String name = stores.get(channel);
        if (name == null) {
            name = "t" + number + "_start" + stores.size();
            stores.put(channel, name);
        }
        for (int k = 0; k < pokes.size(); k++) {
            Poke p = pokes.get(k);
            boolean channelKnown = p.channel().known() && readChannel.known();
            if (channelKnown && Math.floor(p.channel().number()) != readChannel.number()) {
                continue; // a poke of another channel
            }
            String overlayKey = (k + 1) + "|" + channel;
            String overlay = overlays.get(overlayKey);
            if (overlay == null) {
                overlay = "t" + number + "_after" + (k + 1) + "_" + overlays.size();
                String hit = "(" + p.frame().text() + " == ix)";
                if (!channelKnown) {
                    String written = p.channel().known() ? FaustNumber.format(Math.floor(p.channel().number()))
                            : "floor(" + p.channel().text() + ")";
                    hit = "(" + hit + " & (" + written + " == " + channel + "))";
                }
                defs.append("    ").append(overlay).append("(ix) = select2(").append(hit).append(", ").append(name)
                        .append("(ix), ").append(p.value().text()).append(");\n");
                overlays.put(overlayKey, overlay);
            }
            name = overlay;
        }
        return name;
    }

    /** Defines the tables at the start of the sample, once every poke of the code is known. */
    void defineStores(StringBuilder defs) {
        StringBuilder writes = new StringBuilder();
        for (Poke p : pokes) {
            writes.append(writes.length() == 0 ? "" : ", ").append(p.feedback()).append("v, (").append(p.feedback())
                    .append("f - 1), ").append(p.feedback()).append('c');
        }
        String list = pokes.isEmpty() ? "0" : "(" + writes + ")";
        String content = this.content;
        if (stores.size() > 1 && content.length() > 64) {
            // A file's waveform is written once, not once per channel read.
            defs.append("    t").append(number).append("_content = ").append(content).append(";\n");
            content = "t" + number + "_content";
        }
        for (Map.Entry<String, String> e : stores.entrySet()) {
            defs.append("    ").append(e.getValue()).append(" = gen.store_rd(").append(dim).append(", ").append(channels)
                    .append(", ").append(content).append(", ").append(pokes.size()).append(", ").append(list).append(", ")
                    .append(e.getKey()).append(");\n");
        }
    }
}
