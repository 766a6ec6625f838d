package dev.faustwire.session.inspect;

import java.util.List;

/**
 * The library documentation of a box's function: its qualified name, library, summary, usage and
 * parameter names; for a documented function that cannot be a box, why ({@code notABox}) and the
 * Faust text of a {@code code} box that calls it, else both null.
 */
public record LibraryDoc(String name, String library, String summary, String usage, List<String> params,
                         String notABox, String codeExample) {

    public LibraryDoc {
        params = List.copyOf(params);
    }
}
