package dev.faustwire.gen.audio;

/**
 * A decoded file as the content of a Gen table in Faust text: {@code content(j) = (waveform{...}, j) : rdtable},
 * j = channel * frames + frame (the flat index {@code gen.store_rd} reads). Samples are those Max's
 * {@code buffer~} holds, 32-bit floats; 8, 16 and 24-bit PCM are written as their integers and divided by
 * 2^(bits-1) (exact, and a third of the text), other encodings as the shortest decimals of the floats.
 * Samples that are not finite (a float file's NaN or infinity) are written as 0 and the largest float.
 */
public final class AudioContent {
    /**
     * Most samples (frames times channels) the tables from files of one import hold. Faust 2.54.9 compiles a
     * waveform of 100,000 reals in 2.2 s and 530 MB (`-lang wasm -double`, idle machine), of 500,000 in 16 s and
     * 2.4 GB; an imported patcher reading 100,000 through three readers took 8 to 9 s on a loaded machine, near
     * the compile sandbox's 10 s. 50,000 (about 1 s of mono at 48 kHz) keeps a compile near a second or two.
     */
    public static final int MAX_SAMPLES = 50_000;

    private final String waveform;
    private final String scale;
    private final int notFinite;

    private AudioContent(String waveform, String scale, int notFinite) {
        this.waveform = waveform;
        this.scale = scale;
        this.notFinite = notFinite;
    }

    /** The content of a decoded file. */
    public static AudioContent of(AudioData audio) {
        double[] samples = audio.samples();
        StringBuilder out = new StringBuilder(samples.length * (audio.pcmBits() > 0 ? 7 : 21) + 16);
        out.append("waveform{");
        int notFinite = 0;
        double scale = audio.pcmBits() > 0 ? (double) (1L << (audio.pcmBits() - 1)) : 0;
        for (int i = 0; i < samples.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            double v = samples[i];
            if (scale > 0) {
                out.append((int) (v * scale));
            } else if (Double.isNaN(v) || Double.isInfinite(v)) {
                notFinite++;
                SampleText.append(out, Double.isNaN(v) ? 0.0 : v > 0 ? Float.MAX_VALUE : -Float.MAX_VALUE);
            } else {
                SampleText.append(out, v);
            }
        }
        out.append('}');
        String scaleText = null;
        if (scale > 0) {
            StringBuilder s = new StringBuilder();
            SampleText.append(s, scale);
            scaleText = s.toString();
        }
        return new AudioContent(out.toString(), scaleText, notFinite);
    }

    /** The Faust {@code waveform{...}} of the samples (integers for 8-24-bit PCM, see {@link #scale}). */
    public String waveform() {
        return waveform;
    }

    /** The divisor of the waveform's integers ({@code 32768.0} for 16-bit PCM), or null when it holds the samples. */
    public String scale() {
        return scale;
    }

    /** The value at flat index j, as a Faust expression of {@code j}: {@code (waveform{...}, j) : rdtable [: /(S)]}. */
    public String read(String j) {
        return "(" + waveform + ", " + j + ") : rdtable" + (scale == null ? "" : " : /(" + scale + ")");
    }

    /** The content as a Faust function of the flat index: {@code \(j).(...)}. */
    public String function() {
        return "\\(j).(" + read("j") + ")";
    }

    /** How many samples were NaN or infinite (written as 0 or the largest float). */
    public int notFinite() {
        return notFinite;
    }
}
