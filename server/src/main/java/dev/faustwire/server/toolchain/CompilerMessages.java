package dev.faustwire.server.toolchain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compiler's stderr made fit for a person and a client: no stack traces, no server paths,
 * expanded expressions shortened; and split into one {@link CompilerError} per error.
 */
public final class CompilerMessages {
    /** Longest line kept whole; arity errors quote expressions of many kilobytes. */
    static final int LINE_LIMIT = 240;
    static final int KEPT_OF_LONG_LINE = 160;
    static final int MESSAGE_LIMIT = 4000;

    private static final Pattern SERVER_PATHS =
            Pattern.compile("(?:/[\\w.+-]+)*/share/faust/|(?<![\\w.])/job/|/tmp/faustwire-job-[\\w.-]+/(?:work/)?|/[\\w./-]*/faustwire-jobs/\\d+/job-[\\w.-]+/(?:work/)?");
    private static final Pattern SERVER_FOLDERS = Pattern.compile("(?:/[\\w.+-]+)*/share/faust\\b|(?<![\\w.])/job\\b");
    private static final String TRACE_START = "====== stack trace start ======";
    private static final String TRACE_STOP = "====== stack trace stop ======";
    private static final Pattern LINE_ERROR = Pattern.compile("^(.+?) : (\\d+) : ERROR : (.*)$");

    private CompilerMessages() {
    }

    /** Stderr without stack traces or server paths, each long line shortened, at most a few kilobytes. */
    public static String clean(String stderr) {
        StringBuilder kept = new StringBuilder();
        boolean inTrace = false;
        for (String line : stderr.split("\n", -1)) {
            if (line.strip().equals(TRACE_START)) {
                inTrace = true;
                continue;
            }
            if (line.strip().equals(TRACE_STOP)) {
                inTrace = false;
                continue;
            }
            if (inTrace) {
                continue;
            }
            kept.append(shorten(withoutServerPaths(line))).append('\n');
        }
        String text = kept.toString().strip();
        if (text.length() > MESSAGE_LIMIT) {
            text = text.substring(0, cutBefore(text, MESSAGE_LIMIT)) + "\n... (message cut)";
        }
        return text;
    }

    static String withoutServerPaths(String line) {
        return SERVER_FOLDERS.matcher(SERVER_PATHS.matcher(line).replaceAll("")).replaceAll("(libraries)");
    }

    static String shorten(String line) {
        if (line.length() <= LINE_LIMIT) {
            return line;
        }
        int cut = cutBefore(line, KEPT_OF_LONG_LINE);
        return line.substring(0, cut) + " ... (" + (line.length() - cut) + " more characters)";
    }

    /** {@code limit}, or one less when that would split a character outside the basic plane. */
    private static int cutBefore(String text, int limit) {
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** The errors of a cleaned message: one per {@code ERROR}, with its file and line when it has them. */
    public static List<CompilerError> errors(String cleaned) {
        List<CompilerError> errors = new ArrayList<>();
        StringBuilder current = null;
        String file = null;
        int line = 0;
        for (String text : cleaned.split("\n", -1)) {
            Matcher located = LINE_ERROR.matcher(text);
            boolean starts = located.matches() || text.startsWith("ERROR");
            if (starts) {
                if (current != null) {
                    errors.add(new CompilerError(file, line, current.toString().strip()));
                }
                current = new StringBuilder();
                if (located.matches()) {
                    file = located.group(1).strip();
                    line = Integer.parseInt(located.group(2));
                    current.append(located.group(3));
                } else {
                    file = null;
                    line = 0;
                    current.append(text.replaceFirst("^ERROR( :)? ", ""));
                }
            } else if (current != null) {
                current.append('\n').append(text);
            }
        }
        if (current != null) {
            errors.add(new CompilerError(file, line, current.toString().strip()));
        }
        if (errors.isEmpty() && !cleaned.isBlank()) {
            errors.add(new CompilerError(null, 0, cleaned.strip()));
        }
        return errors;
    }
}
