package dev.faustwire.stdlib.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parameter names of a function, read from its usage line: {@code _ : lowpass(N,fc) : _} gives N, fc. */
final class UsageParams {
    private UsageParams() {
    }

    /** The names between the parentheses after {@code name} (bare or qualified) in the usage, else none. */
    static List<String> of(String name, String usage) {
        Pattern call = Pattern.compile("(?<![A-Za-z0-9_.])(?:[a-z]+\\.)?" + Pattern.quote(name) + "\\s*\\(");
        Matcher matcher = call.matcher(usage);
        if (!matcher.find()) {
            return List.of();
        }
        List<String> params = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 1;
        for (int i = matcher.end(); i < usage.length() && depth > 0; i++) {
            char c = usage.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            if (depth == 0 || (depth == 1 && c == ',')) {
                String param = current.toString().trim();
                if (!param.isEmpty()) {
                    params.add(param);
                }
                current.setLength(0);
            } else if (c != '\n') {
                current.append(c);
            }
        }
        return depth == 0 ? params : List.of();
    }
}
