package dev.faustwire.server.export;

import java.util.ArrayList;
import java.util.List;

/**
 * An LV2 plugin: the bundle {@code NAME.lv2/} (the plugin's {@code .so}, {@code manifest.ttl}, and
 * {@code NAME.ttl}, which the plugin itself writes with the patch's name and the controls' labels
 * as port names), zipped.
 */
final class Lv2Target extends NamedTarget {
    /** The plugin's URI is this followed by the program's name. */
    static final String URI_PREFIX = "urn:faustwire:lv2:";

    Lv2Target() {
        super("lv2", "LV2 plugin", true);
    }

    @Override
    public ExportArtifact export(ExportRequest request, ExportProgress progress) throws ExportException {
        try (HostBuild build = HostBuild.open(request, progress)) {
            String name = build.name();
            String bundle = "out/" + name + ".lv2";
            String cpp = build.faust("lv2.cpp");
            List<String> compile = new ArrayList<>(HostBuild.CXXFLAGS);
            compile.addAll(List.of("-c", "-DPLUGIN_URI=\"" + URI_PREFIX + name + "\"", "-DDLLEXT=\".so\"",
                    "-DFAUST_META=1", "-DFAUST_MIDICC=0", "-DFAUST_MTS=0", "-DFAUST_UI=0", "-DVOICE_CTRLS=0",
                    "-DNVOICES=0", cpp, "-o", "out/" + name + ".o"));
            build.gpp("g++ (the plugin)", compile);
            build.gpp("g++ -shared (" + name + ".so)", List.of("-shared", "out/" + name + ".o", "-o", bundle + "/" + name + ".so"));
            build.gpp("g++ (the plugin's description writer)", List.of("out/" + name + ".o", "-o", "out/describe"));
            String description = build.run("describing the plugin (" + name + ".ttl)", List.of("/job/out/describe"));
            build.write(bundle + "/" + name + ".ttl", description);
            build.write(bundle + "/manifest.ttl", manifest(name));
            return new ExportArtifact(name + ".lv2.zip", ExportArtifact.ZIP, build.zip(bundle));
        }
    }

    /** The bundle's manifest: where the binary and the plugin's own description are. */
    static String manifest(String name) {
        return "@prefix lv2:  <http://lv2plug.in/ns/lv2core#> .\n"
                + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n\n"
                + "<" + URI_PREFIX + name + ">\n"
                + "    a lv2:Plugin ;\n"
                + "    lv2:binary <" + name + ".so> ;\n"
                + "    rdfs:seeAlso <" + name + ".ttl> .\n";
    }

}
