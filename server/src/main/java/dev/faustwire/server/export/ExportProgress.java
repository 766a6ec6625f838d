package dev.faustwire.server.export;

/** Where a build reports its steps ("faust -a lv2.cpp", "g++ ..."), shown to the person as it goes. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = step -> { };

    void step(String what);
}
