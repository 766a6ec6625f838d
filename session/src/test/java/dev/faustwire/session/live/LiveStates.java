package dev.faustwire.session.live;

import dev.faustwire.core.json.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random live states for property tests: every field used, numbers as our format writes them. */
final class LiveStates {
    private static final String LETTERS = "abcxyz AZ_-\"\\/\n\té\u00ff\u20ac";

    private LiveStates() {
    }

    static LiveState random(Random random) {
        int count = random.nextInt(4);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(i == 0 && random.nextBoolean() ? "editor" : "slot-" + (i + 1));
        }
        List<SlotState> slots = new ArrayList<>();
        for (String id : ids) {
            List<String> inputs = new ArrayList<>();
            if (random.nextBoolean()) {
                inputs.add("inputs");
            }
            for (String other : ids) {
                if (!other.equals(id) && random.nextInt(3) == 0) {
                    inputs.add(other);
                }
            }
            List<Preset> presets = new ArrayList<>();
            for (int p = random.nextInt(3); p > 0; p--) {
                presets.add(new Preset("preset " + p + text(random), values(random)));
            }
            String kind = random.nextBoolean() ? SlotSource.PATCH : SlotSource.DSP;
            slots.add(new SlotState(id, text(random), new SlotSource(kind, random.nextBoolean() ? null : "a/" + text(random) + ".json",
                    text(random)), random.nextBoolean(), random.nextBoolean(), number(random, 0, 4), inputs,
                    values(random), presets));
        }
        String[] latencies = {"interactive", "balanced", "playback"};
        int[] rates = {0, 44100, 48000, 96000};
        return new LiveState(slots, new AudioSettings(rates[random.nextInt(rates.length)],
                latencies[random.nextInt(latencies.length)], random.nextBoolean() ? "" : text(random)));
    }

    static Map<String, Double> values(Random random) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            values.put("/dsp/" + (char) ('a' + random.nextInt(26)) + i, number(random, -20000, 20000));
        }
        return values;
    }

    /** A number as the format writes it (six decimals at most), so that reading gives back the same double. */
    static double number(Random random, double min, double max) {
        return Double.parseDouble(Numbers.format(min + random.nextDouble() * (max - min)));
    }

    static String text(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            s.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return s.toString();
    }
}
