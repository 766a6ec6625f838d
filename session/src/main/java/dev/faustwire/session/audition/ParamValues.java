package dev.faustwire.session.audition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter values the page set, by control address. The page keeps its own map because
 * faustwasm's {@code getParamValue} right after {@code setParamValue} still returns the old value;
 * a new DSP takes the values of the addresses it still has.
 */
public final class ParamValues {
    private final Map<String, Double> values = new LinkedHashMap<>();

    public void set(String address, double value) {
        values.put(address, value);
    }

    /** Every value set, by address, in the order first set. */
    public Map<String, Double> all() {
        return new LinkedHashMap<>(values);
    }

    /** The value set at an address, or null when none was. */
    public Double get(String address) {
        return values.get(address);
    }

    /** The values to set on a DSP with these addresses; values of addresses it lacks are kept for later. */
    public Map<String, Double> carriedTo(List<String> addresses) {
        Map<String, Double> carried = new LinkedHashMap<>();
        for (String address : addresses) {
            Double value = values.get(address);
            if (value != null) {
                carried.put(address, value);
            }
        }
        return carried;
    }
}
