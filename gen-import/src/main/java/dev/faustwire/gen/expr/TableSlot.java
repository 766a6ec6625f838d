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
     * How a read placed here in the program reads the table: {@code rd} is a Faust function of an int frame that reads
     * channel {@code readChannel} as the table was at the start of the sample with this sample's pokes so far laid
     * over it. The pokes' frames, values (and channels) come into the read as the signals {@code wires}, named
     * {@code names} inside it: Faust's evaluator then sees only wires where it applies the function, instead of
     * the whole code before the read once per table point (which it takes exponential time to expand).
     */
    record Reading(List<String> wires, List<String> names, String rd) {
    }

    Reading reader(Val readChannel) {
        List<String> wires = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String channel = readChannel.text();
        String rd = stores.get(channel);
        if (rd == null) {
            rd = "t" + number + "_start" + stores.size();
            stores.put(channel, rd);
        }
        if (!readChannel.known()) {
            wires.add(channel);
            names.add("gx_rc");
            channel = "gx_rc";
        }
        for (int k = 0; k < pokes.size(); k++) {
            Poke p = pokes.get(k);
            boolean channelKnown = p.channel().known() && readChannel.known();
            if (channelKnown && Math.floor(p.channel().number()) != readChannel.number()) {
                continue; // a poke of another channel
            }
            wires.add(p.frame().text());
            names.add("gx_f" + k);
            wires.add(p.value().text());
            names.add("gx_v" + k);
            if (channelKnown) {
                rd = "genexpr_poked(" + rd + ", gx_f" + k + ", gx_v" + k + ")";
                continue;
            }
            String written;
            if (p.channel().known()) {
                written = FaustNumber.format(Math.floor(p.channel().number()));
            } else {
                wires.add(p.channel().text());
                names.add("gx_c" + k);
                written = "floor(gx_c" + k + ")";
            }
            rd = "genexpr_poked_on(" + rd + ", gx_f" + k + ", " + written + ", " + channel + ", gx_v" + k + ")";
        }
        return new Reading(wires, names, rd);
    }

    /** What a code with tables adds before its body: the functions its reads use. */
    static final String PRELUDE = """
            // A table read that sees a poke of this sample: at its frame (and channel) the poked value.
            genexpr_poked(rd, frame, value, i) = select2(frame == i, rd(i), value);
            genexpr_poked_on(rd, frame, channel, read, value, i) = select2((frame == i) & (channel == read), rd(i), value);
            // gen.data_read's points, for one @interp known when the code is generated: the sample position x of a
            // position by @index, the point k after floor(x) bounded by @boundmode, and the fraction (data_read
            // builds every mode's points at once, which Faust's evaluator takes seconds per read to expand).
            genexpr_x(dim, index, position) = select2(index == 0,
                    select2(index == 1, (position + 1.0) * 0.5 * (dim - 1), position * (dim - 1)), position);
            genexpr_at(dim, bound, rd, x, k) = select2((bound == 0) & ((j < 0) | (j >= dim)),
                    rd(max(0, min(dim - 1, gen.genlib_index_bound(dim, bound, j)))), 0)
            with {
                j = gen.genlib_int(floor(x)) + k;
            };
            genexpr_frac(x) = gen.genlib_finite(x - floor(x));
            // gen.wave's position: a phase between two sample positions, each truncated and clamped into the table.
            genexpr_wave(dim, phase, start, end) = s + phase * (e - s)
            with {
                s = max(0, min(dim - 1, gen.genlib_trunc(gen.genlib_finite(start))));
                e = max(0, min(dim - 1, gen.genlib_trunc(gen.genlib_finite(end))));
            };

            """;

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
