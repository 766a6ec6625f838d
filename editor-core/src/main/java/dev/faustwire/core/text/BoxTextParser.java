package dev.faustwire.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads box text as Max and Gen do: words separated by white space, the first is the name, words
 * after {@code @attr} (a word starting with '@' and a letter) are that attribute's values.
 * Double quotes make one word of several, with {@code \"} and {@code \\} escapes.
 */
public final class BoxTextParser {
    private BoxTextParser() {
    }

    public static BoxText parse(String text) {
        List<Token> tokens = tokenize(text);
        if (tokens.isEmpty()) {
            return new BoxText("", List.of(), List.of());
        }
        String name = tokens.get(0).text();
        List<Token> args = new ArrayList<>(tokens.size() - 1);
        List<BoxText.Attribute> attributes = new ArrayList<>(0);
        String attributeName = null;
        List<Token> values = null;
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (isAttributeName(token)) {
                if (attributeName != null) {
                    attributes.add(new BoxText.Attribute(attributeName, values));
                }
                attributeName = token.text().substring(1);
                values = new ArrayList<>();
            } else if (attributeName != null) {
                values.add(token);
            } else {
                args.add(token);
            }
        }
        if (attributeName != null) {
            attributes.add(new BoxText.Attribute(attributeName, values));
        }
        return new BoxText(name, args, attributes);
    }

    private static boolean isAttributeName(Token token) {
        String t = token.text();
        return token.kind() == Token.Kind.SYMBOL && t.length() > 1 && t.charAt(0) == '@'
                && Character.isLetter(t.charAt(1));
    }

    /** The words of a box text; throws {@link BoxTextException} for an unclosed quote. */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(4);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                StringBuilder word = new StringBuilder();
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new BoxTextException("unclosed quote in \"" + text + "\"");
                    }
                    char d = text.charAt(i++);
                    if (d == '"') {
                        break;
                    }
                    if (d == '\\' && i < text.length()) {
                        d = text.charAt(i++);
                    }
                    word.append(d);
                }
                tokens.add(new Token(Token.Kind.STRING, word.toString()));
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                tokens.add(Token.of(text.substring(start, i)));
            }
        }
        return tokens;
    }
}
