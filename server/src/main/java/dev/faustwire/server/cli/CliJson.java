package dev.faustwire.server.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON the command line prints: indented, with every character {@link TerminalText} finds
 * unsafe written as a JSON {@code \\uXXXX} escape, so the output stays valid JSON and harmless to a terminal.
 */
final class CliJson {
    static final ObjectMapper MAPPER = mapper();

    private CliJson() {
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        mapper.getFactory().setCharacterEscapes(new TerminalEscapes());
        return mapper;
    }

    /** JSON's own escapes for ASCII, plus {@code \\uXXXX} for DEL, C1 controls and bidirectional marks. */
    private static final class TerminalEscapes extends CharacterEscapes {
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        TerminalEscapes() {
            ascii[0x7f] = CharacterEscapes.ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch > 0xffff || !TerminalText.unsafe((char) ch)) {
                return null;
            }
            String hex = Integer.toHexString(ch);
            return new SerializedString("\\u" + "0".repeat(4 - hex.length()) + hex);
        }
    }
}
