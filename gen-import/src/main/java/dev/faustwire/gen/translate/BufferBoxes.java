package dev.faustwire.gen.translate;

import dev.faustwire.gen.audio.BufferTable;
import dev.faustwire.gen.audio.BufferTables;

/**
 * A patcher's {@code buffer NAME [FILE]}: a table like a {@code data}'s (see {@link Tables}), of the frames and
 * channels of the audio file it names and that file's samples ({@link BufferTables}), which its pokes write into as
 * a data's; what the file lookup found worth saying is reported on the buffer box.
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
}
