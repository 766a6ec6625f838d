package dev.faustwire.server.export;

import dev.faustwire.server.toolchain.CompilerMessages;

/**
 * A tool's output as a person sees it in an export's error: the compiler's cleaning (no job, library
 * or temporary paths, long lines shortened) and no path of the server's install or home either.
 */
final class ToolMessages {
    private ToolMessages() {
    }

    static String clean(String output) {
        if (output == null || output.isBlank()) {
            return "";
        }
        String text = CompilerMessages.clean(output);
        for (String folder : new String[] {System.getenv("FAUSTWIRE_HOME"), System.getProperty("faustwire.home"),
                System.getProperty("user.home"), System.getProperty("java.io.tmpdir")}) {
            if (folder != null && folder.length() > 1) {
                text = text.replace(folder.endsWith("/") ? folder : folder + "/", "");
            }
        }
        return text;
    }
}
