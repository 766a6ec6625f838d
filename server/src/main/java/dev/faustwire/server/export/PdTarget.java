package dev.faustwire.server.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A Pure Data external, {@code NAME~.pd_linux}, zipped in a folder with a help patch: the object
 * {@code [NAME~]}, whose first inlet takes a control's label and value ({@code [freq 330(}).
 */
final class PdTarget extends NamedTarget {
    private static final String CLASS_PREFIX = "faustwire_pd_";

    PdTarget() {
        super("pd", "Pure Data external", true);
    }

    @Override
    public ExportArtifact export(ExportRequest request, ExportProgress progress) throws ExportException {
        try (HostBuild build = HostBuild.open(request, progress)) {
            String name = build.name();
            String folder = "out/" + name + "~";
            // The architecture names the Pd object after the C++ class; a class of its own keeps a
            // patch named like one of the architecture's types (dsp, UI, Meta) or a C++ keyword buildable.
            String cls = CLASS_PREFIX + name;
            String cpp = build.faust("puredata.cpp", "-cn", cls);
            build.replace(cpp, "sym(" + cls + ")", "\"" + name + "\"");
            build.replace(cpp, "faust_setup(" + cls + ")", name + "_tilde_setup(void)");
            List<String> compile = new ArrayList<>(HostBuild.CXXFLAGS);
            compile.addAll(List.of("-shared", "-I/usr/include/pd", "-DNDEBUG",
                    cpp, "-o", folder + "/" + name + "~.pd_linux"));
            build.gpp("g++ (" + name + "~.pd_linux)", compile);
            build.write(folder + "/" + name + "~-help.pd", help(name));
            return new ExportArtifact(name + "-pd.zip", ExportArtifact.ZIP, build.zip(folder));
        }
    }

    /** A help patch: the object between a message that lists its controls and a DAC. */
    static String help(String name) {
        return "#N canvas 0 50 520 260 12;\n"
                + "#X text 20 10 " + name + "~ \\, exported from Faustwire. A bang lists the controls in the Pd window \\; "
                + "a message of a control's label and a value sets it.;\n"
                + "#X msg 20 80 bang;\n"
                + "#X obj 20 130 " + name + "~;\n"
                + "#X obj 20 170 print " + name + ";\n"
                + "#X obj 120 210 dac~;\n"
                + "#X connect 1 0 2 0;\n"
                + "#X connect 2 0 3 0;\n"
                + "#X connect 2 1 4 0;\n";
    }
}
