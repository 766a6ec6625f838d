package dev.faustwire.gen.translate;

/**
 * Where a Gen box's ports went in the imported box: {@code inlets[k]} is the imported inlet of Gen
 * inlet k (-1: none, as for an inlet an argument fills; {@link #UNUSED}: read by nothing),
 * {@code outlets[k]} likewise.
 */
record PortMap(int[] inlets, int[] outlets) {
    /** An inlet nothing reads (a codebox inlet beyond its highest inN): a cord into it is left out as Gen ignores it. */
    static final int UNUSED = -2;

    static PortMap identity(int inlets, int outlets) {
        return new PortMap(range(inlets), range(outlets));
    }

    int inlet(int genPort) {
        return genPort >= 0 && genPort < inlets.length ? inlets[genPort] : -1;
    }

    int outlet(int genPort) {
        return genPort >= 0 && genPort < outlets.length ? outlets[genPort] : -1;
    }

    static int[] range(int n) {
        int[] r = new int[Math.max(0, n)];
        for (int i = 0; i < r.length; i++) {
            r[i] = i;
        }
        return r;
    }
}
