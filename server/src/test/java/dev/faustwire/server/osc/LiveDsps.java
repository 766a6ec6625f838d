package dev.faustwire.server.osc;

/** Faust's JSON of small DSPs as an editor page registers them in the hub (from {@code faust -json}, with index fields). */
final class LiveDsps {
    /** {@code hslider freq 440 20 2000 1, hslider gain 0.5 0 1 0.01, hbargraph level, checkbox on}, root {@code main}. */
    static final String MAIN = """
            {"name":"main","size":64,"inputs":0,"outputs":1,
             "library_list":["/usr/share/faust/stdfaust.lib"],"include_pathnames":["/srv/secret/work"],
             "ui":[{"type":"vgroup","label":"main","items":[
              {"type":"hslider","label":"freq","shortname":"freq","address":"/main/freq","index":0,"init":440,"min":20,"max":2000,"step":1},
              {"type":"hslider","label":"gain","shortname":"gain","address":"/main/gain","index":4,"init":0.5,"min":0,"max":1,"step":0.01},
              {"type":"hbargraph","label":"level","shortname":"level","address":"/main/level","index":8,"min":0,"max":1},
              {"type":"checkbox","label":"on","shortname":"on","address":"/main/on","index":12}]}]}
            """;

    /** A second patch, root {@code drone}: {@code hslider pitch 100 50 500 1}. */
    static final String DRONE = """
            {"name":"drone","size":16,"inputs":0,"outputs":2,
             "ui":[{"type":"vgroup","label":"drone","items":[
              {"type":"hslider","label":"pitch","address":"/drone/pitch","index":0,"init":100,"min":50,"max":500,"step":1}]}]}
            """;

    private LiveDsps() {
    }
}
