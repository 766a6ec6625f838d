package dev.faustwire.gen.translate;

import dev.faustwire.core.json.Numbers;
import dev.faustwire.gen.ops.GenConstants;

/**
 * Gen's argument expressions ({@code 0.5}, {@code halfpi}, {@code samplerate*10},
 * {@code -twopi/samplerate}, {@code 1/12}): numbers, constants, {@code + - * /} and parentheses,
 * evaluated when they are plain numbers and written as Faust otherwise.
 */
public final class ArgExpressions {
    private final String text;
    private int pos;
    private boolean hostDependent;
    private boolean onlyNumbers = true;

    private ArgExpressions(String text) {
        this.text = text;
    }

    /** Reads one argument. */
    public static ArgValue read(String text) {
        String number = numberLiteral(text);
        if (number != null) {
            return new ArgValue(number, number, Double.parseDouble(number), false, null);
        }
        String constant = GenConstants.canonical(text);
        if (constant != null) {
            return new ArgValue("gen." + constant, "gen." + constant, GenConstants.value(constant),
                    GenConstants.isHostValue(constant), null);
        }
        ArgExpressions parser = new ArgExpressions(text);
        Node node;
        try {
            node = parser.sum();
            parser.skipSpaces();
            if (parser.pos != text.length()) {
                throw new IllegalStateException("unexpected \"" + text.substring(parser.pos) + "\"");
            }
        } catch (IllegalStateException e) {
            return ArgValue.unread("\"" + text + "\" is not a number or a constant expression: " + e.getMessage());
        }
        if (parser.onlyNumbers && !Double.isNaN(node.value) && !Double.isInfinite(node.value) && Math.abs(node.value) < 1e15) {
            String formatted = Numbers.format(node.value);
            if (Double.parseDouble(formatted) == node.value) {
                return new ArgValue(formatted, formatted, node.value, false, null);
            }
        }
        return new ArgValue(null, node.faust, node.value, parser.hostDependent, null);
    }

    /** The canonical text of a number as Gen writes it ({@code 0.}, {@code .5}, {@code -1}), or null. */
    public static String numberLiteral(String word) {
        String w = word.startsWith("+") ? word.substring(1) : word;
        boolean negative = w.startsWith("-");
        String body = negative ? w.substring(1) : w;
        if (body.startsWith(".")) {
            body = "0" + body;
        }
        int e = Math.max(body.indexOf('e'), body.indexOf('E'));
        String mantissa = e < 0 ? body : body.substring(0, e);
        if (mantissa.endsWith(".")) {
            mantissa = mantissa.substring(0, mantissa.length() - 1);
        }
        while (mantissa.length() > 1 && mantissa.charAt(0) == '0' && mantissa.charAt(1) != '.') {
            mantissa = mantissa.substring(1);
        }
        String literal = (negative ? "-" : "") + mantissa + (e < 0 ? "" : body.substring(e));
        return Numbers.isNumberText(literal) ? Numbers.canonical(literal) : null;
    }

    private record Node(double value, String faust, boolean atom) {
    }

    private Node sum() {
        Node left = product();
        while (true) {
            skipSpaces();
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                char op = text.charAt(pos++);
                Node right = product();
                left = new Node(op == '+' ? left.value + right.value : left.value - right.value,
                        left.faust + " " + op + " " + right.faust, false);
            } else {
                return left;
            }
        }
    }

    private Node product() {
        Node left = unary();
        while (true) {
            skipSpaces();
            if (pos < text.length() && (text.charAt(pos) == '*' || text.charAt(pos) == '/')) {
                char op = text.charAt(pos++);
                Node right = unary();
                String rightText = right.atom ? right.faust : "(" + right.faust + ")";
                double value = op == '*' ? left.value * right.value : (right.value == 0 ? 0 : left.value / right.value);
                String leftText = left.atom || left.faust.indexOf(' ') < 0 ? left.faust : "(" + left.faust + ")";
                left = new Node(value, leftText + op + rightText, false);
            } else {
                return left;
            }
        }
    }

    private Node unary() {
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '-') {
            pos++;
            Node inner = unary();
            return new Node(-inner.value, "(0 - " + inner.faust + ")", true);
        }
        return primary();
    }

    private Node primary() {
        skipSpaces();
        if (pos >= text.length()) {
            throw new IllegalStateException("it ends too early");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            Node inner = sum();
            skipSpaces();
            if (pos >= text.length() || text.charAt(pos) != ')') {
                throw new IllegalStateException("a \"(\" is not closed");
            }
            pos++;
            return new Node(inner.value, "(" + inner.faust + ")", true);
        }
        int start = pos;
        if ((c >= '0' && c <= '9') || c == '.') {
            while (pos < text.length() && isNumberChar(text.charAt(pos), text.charAt(pos - (pos > start ? 1 : 0)))) {
                pos++;
            }
            String literal = numberLiteral(text.substring(start, pos));
            if (literal == null) {
                throw new IllegalStateException("\"" + text.substring(start, pos) + "\" is not a number");
            }
            String faust = literal.indexOf('.') < 0 && literal.indexOf('e') < 0 ? literal + ".0" : literal;
            return new Node(Double.parseDouble(literal), faust, true);
        }
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start, pos);
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '(') {
            return call(name);
        }
        String constant = GenConstants.canonical(name);
        if (constant == null) {
            throw new IllegalStateException(name.isEmpty() ? "\"" + c + "\" is not understood"
                    : "\"" + name + "\" is not a Gen constant (params and inlets in arguments are not translated)");
        }
        onlyNumbers = false;
        hostDependent |= GenConstants.isHostValue(constant);
        return new Node(GenConstants.value(constant), "gen." + constant, true);
    }

    /** {@code pow(2, 27/12)} and the other functions of C's math library a constant may use. */
    private Node call(String name) {
        pos++;
        java.util.List<Node> args = new java.util.ArrayList<>();
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == ')') {
            pos++;
        } else {
            while (true) {
                args.add(sum());
                skipSpaces();
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                } else if (pos < text.length() && text.charAt(pos) == ')') {
                    pos++;
                    break;
                } else {
                    throw new IllegalStateException("a \"(\" of " + name + " is not closed");
                }
            }
        }
        int arity = switch (name) {
            case "pow", "min", "max", "atan2", "hypot" -> 2;
            case "sqrt", "exp", "exp2", "log", "ln", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
                 "abs", "floor", "ceil" -> 1;
            default -> throw new IllegalStateException("\"" + name + "\" is not a function a constant may use");
        };
        if (args.size() != arity) {
            throw new IllegalStateException(name + " takes " + arity + " arguments");
        }
        double a = args.get(0).value;
        double b = arity == 2 ? args.get(1).value : 0;
        String x = args.get(0).faust;
        String y = arity == 2 ? args.get(1).faust : "";
        return switch (name) {
            case "pow" -> new Node(Math.pow(a, b), "pow(" + x + ", " + y + ")", true);
            case "min" -> new Node(Math.min(a, b), "min(" + x + ", " + y + ")", true);
            case "max" -> new Node(Math.max(a, b), "max(" + x + ", " + y + ")", true);
            case "atan2" -> new Node(Math.atan2(a, b), "atan2(" + x + ", " + y + ")", true);
            case "hypot" -> new Node(Math.hypot(a, b), "sqrt(" + x + "*" + x + " + " + y + "*" + y + ")", true);
            case "sqrt" -> new Node(Math.sqrt(a), "sqrt(" + x + ")", true);
            case "exp" -> new Node(Math.exp(a), "exp(" + x + ")", true);
            case "exp2" -> new Node(Math.pow(2, a), "pow(2.0, " + x + ")", true);
            case "log", "ln" -> new Node(Math.log(a), "log(" + x + ")", true);
            case "log2" -> new Node(Math.log(a) / Math.log(2), "(log(" + x + ")/log(2.0))", true);
            case "log10" -> new Node(Math.log10(a), "log10(" + x + ")", true);
            case "sin" -> new Node(Math.sin(a), "sin(" + x + ")", true);
            case "cos" -> new Node(Math.cos(a), "cos(" + x + ")", true);
            case "tan" -> new Node(Math.tan(a), "tan(" + x + ")", true);
            case "asin" -> new Node(Math.asin(a), "asin(" + x + ")", true);
            case "acos" -> new Node(Math.acos(a), "acos(" + x + ")", true);
            case "atan" -> new Node(Math.atan(a), "atan(" + x + ")", true);
            case "abs" -> new Node(Math.abs(a), "abs(" + x + ")", true);
            case "floor" -> new Node(Math.floor(a), "floor(" + x + ")", true);
            default -> new Node(Math.ceil(a), "ceil(" + x + ")", true);
        };
    }

    /**
     * Gen's arguments as expressions: words a space split inside one expression ({@code 2 * 3.14},
     * {@code 1 /samplerate}) are joined again, so {@code * 2 * 3.14} has one argument.
     */
    public static java.util.List<String> group(java.util.List<String> words) {
        java.util.List<String> args = new java.util.ArrayList<>();
        for (String word : words) {
            if (!args.isEmpty()) {
                String previous = args.get(args.size() - 1);
                char last = previous.charAt(previous.length() - 1);
                char first = word.charAt(0);
                boolean joins = last == '*' || last == '/' || last == '+' || last == '-' || last == '(' || last == ','
                        || first == '*' || first == '/' || first == ')' || first == ','
                        || ((first == '+' || first == '-') && word.length() == 1)
                        || depth(previous) > 0;
                if (joins) {
                    args.set(args.size() - 1, previous + " " + word);
                    continue;
                }
            }
            args.add(word);
        }
        return args;
    }

    private static int depth(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
        }
        return depth;
    }

    private static boolean isNumberChar(char c, char before) {
        return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E'
                || ((c == '-' || c == '+') && (before == 'e' || before == 'E'));
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }
}
