package dev.faustwire.bench;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.codegen.SyntheticPatches;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Full code generation (validate, analyse, check loops, write) of a synthetic patch, in ms per patch. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CodegenBenchmark {
    @Param({"100", "1000", "5000"})
    public int boxes;

    private Patch patch;
    private StdlibIndex stdlib;

    @Setup
    public void setUp() {
        patch = SyntheticPatches.of(boxes, SyntheticPatches.BENCHMARK_SEED);
        stdlib = BundledIndex.get();
        CodegenResult result = Codegen.generate(patch, stdlib);
        if (!result.ok()) {
            throw new IllegalStateException("the synthetic patch of " + boxes + " boxes does not generate: "
                    + result.diagnostics().get(0));
        }
    }

    @Benchmark
    public CodegenResult generate() {
        return Codegen.generate(patch, stdlib);
    }
}
