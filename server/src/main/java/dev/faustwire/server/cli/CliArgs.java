package dev.faustwire.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Positional arguments, {@code --name value} / {@code -o value} options and value-less flags
 * ({@code --json}, stored as "true") of one command. An option given twice keeps its last value in
 * {@link #options()}; {@link #all(String)} gives every value of a repeatable one ({@code --set}).
 */
record CliArgs(List<String> positional, Map<String, String> options, List<Map.Entry<String, String>> given) {

    static CliArgs parse(List<String> args, String... flags) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new TreeMap<>();
        List<Map.Entry<String, String>> given = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("-") && arg.length() > 1) {
                String name = arg.replaceFirst("^--?", "");
                if (List.of(flags).contains(name)) {
                    options.put(name, "true");
                    continue;
                }
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                options.put(name, args.get(++i));
                given.add(Map.entry(name, args.get(i)));
            } else {
                positional.add(arg);
            }
        }
        return new CliArgs(positional, options, given);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** Every value of an option, in the order given. */
    List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> entry : given) {
            if (entry.getKey().equals(name)) {
                values.add(entry.getValue());
            }
        }
        return values;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    int intOption(String name, int fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a number, not \"" + value + "\"");
        }
    }

    void allowOnly(String... names) {
        for (String name : options.keySet()) {
            if (!List.of(names).contains(name)) {
                throw new UsageException("unknown option -" + (name.length() > 1 ? "-" : "") + name);
            }
        }
    }
}
