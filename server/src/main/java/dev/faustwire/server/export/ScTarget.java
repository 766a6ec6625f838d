package dev.faustwire.server.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A SuperCollider UGen: the plugin {@code FaustNAME.so} that scsynth loads and its class file
 * {@code Classes/FaustNAME.sc} written by Faust's own {@code faust2sc.py}, zipped in a folder named
 * after the class (drop it into the Extensions folder). The class's name comes from the patch's name,
 * its arguments from the controls' labels.
 */
final class ScTarget extends NamedTarget {
    /** The prefix of every Faust UGen's class, as {@code faust2supercollider} gives it. */
    static final String PREFIX = "Faust";

    /**
     * Loads faust2sc.py as a module and writes only the class file, printing the class's name. The
     * name is made as supercollider.cpp makes the UGen's (faust2sc.py cuts long names elsewhere), so
     * that the class always finds its UGen.
     */
    private static final String CLASS_FILE = """
            import importlib.machinery, importlib.util, os, sys
            loader = importlib.machinery.SourceFileLoader("faust2sc", "/usr/bin/faust2sc.py")
            faust2sc = importlib.util.module_from_spec(importlib.util.spec_from_loader("faust2sc", loader))
            loader.exec_module(faust2sc)
            data = faust2sc.read_json(sys.argv[1])
            unit, upnext = b"", True
            for i, c in enumerate(data["name"].encode(), 1):
                if upnext:
                    c, upnext = (c - 32 if 97 <= c <= 122 else c), False
                if c in b"_- \\t\\n\\v\\f\\r":
                    upnext = True
                    continue
                unit += bytes([c])
                if i > 31:
                    break
            name = unit.decode("utf-8", "replace")
            name = name if name.startswith("Faust") else "Faust" + name
            faust2sc.get_class_name = lambda data, noprefix: name
            os.makedirs("out/" + name + "/Classes", exist_ok=True)
            faust2sc.make_class_file("out/" + name, data, 0)
            print(name)
            """;

    ScTarget() {
        super("sc", "SuperCollider UGen", true);
    }

    @Override
    public ExportArtifact export(ExportRequest request, ExportProgress progress) throws ExportException {
        try (HostBuild build = HostBuild.open(request, progress)) {
            String cpp = build.faust("supercollider.cpp", "-json");
            String className = build.run("faust2sc.py (the class file)",
                    List.of(HostBuild.PYTHON, "-B", "-c", CLASS_FILE, build.dsp() + ".json")).strip();
            if (!className.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new ExportException(ExportException.Kind.BUILD_FAILED,
                        "the patch's name gives no SuperCollider class name (" + className
                                + "); name the patch with letters and digits", "");
            }
            String folder = "out/" + className;
            List<String> compile = new ArrayList<>(HostBuild.CXXFLAGS);
            compile.addAll(List.of("-shared", "-DNO_LIBSNDFILE", "-DSC_LINUX", "-DNDEBUG",
                    "-DSC_FAUST_PREFIX=\"" + PREFIX + "\"",
                    "-I/usr/include/SuperCollider/plugin_interface", "-I/usr/include/SuperCollider/common",
                    "-I/usr/include/SuperCollider/server", cpp, "-o", folder + "/" + className + ".so"));
            build.gpp("g++ (" + className + ".so)", compile);
            return new ExportArtifact(className + ".zip", ExportArtifact.ZIP, build.zip(folder));
        }
    }
}
