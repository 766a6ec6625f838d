package dev.faustwire.gen.translate;

import dev.faustwire.gen.audio.BufferTable;
import dev.faustwire.gen.audio.BufferTables;
import dev.faustwire.gen.read.GenBox;

/**
 * A patcher's {@code buffer NAME [FILE]}: a table like a {@code data}'s (see {@link Tables}), of the frames and
 * channels of the audio file it names and that file's samples ({@link BufferTables}), read-only; what the file
 * lookup found worth saying is reported on the buffer box.
 */
final class BufferBoxes {
    private BufferBoxes() {
    }

    /** The table of a group whose "data" is a buffer box. */
    static BufferTable table(Importer importer, Tables.Group group, BoxTranslator boxes) {
        GenText text = GenText.parse(group.data.text());
        String file = text.args().size() > 1 ? text.args().get(1) : null;
        BufferTable table = BufferTables.of(importer.files()).table("\"" + group.data.text() + "\"", group.name, file);
        if (table.code() != null) {
            boxes.report(table.code(), group.dataId, table.message());
        }
        return table;
    }

    /** What a poke into a buffer is told. */
    static String pokeMessage(GenBox poke, String name) {
        return "\"" + poke.text() + "\" writes into the buffer " + name + ", whose imported table is read-only (Faust"
                + " 2.54.9's wasm backend cannot fill a written table from the file's); it writes nothing. Substitute:"
                + " a data of the same size, filled from the buffer with peek and poke";
    }
}
