package dev.faustwire.codegen.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.codegen.program.Expression;
import dev.faustwire.codegen.program.Expression.Form;
import dev.faustwire.codegen.program.Item;
import dev.faustwire.codegen.program.Program;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The walk over hand-written program models: scopes, shadowing, shared functions, nested iterations. */
class UiPathsTest {
    private static Item.Definition def(String box, String name, String head, Form form, String... args) {
        return new Item.Definition(box, name, new Expression.Application(form, head, 0, List.of(args)));
    }

    private static Item.Definition slider(String box, String name, String label) {
        return def(box, name, "hslider", Form.CALL, "\"" + label + "\"", "0", "0", "1", "0.1");
    }

    private static List<String> walk(List<Item.Function> shared, Item.Function process) {
        List<String> out = new ArrayList<>();
        for (UiPaths.ControlPath p : UiPaths.of(new Program(List.of("stdfaust.lib"), shared, process, null))) {
            out.add(p.boxId() + " " + p.kind() + " " + String.join("/", p.labels()));
        }
        return out;
    }

    @Test
    void aSharedFunctionIsWalkedWhereverItIsCalledWithTheGroupsThere() {
        Item.Function file = new Item.Function(null, "file_1", List.of("In_1_0"), List.of("Out_1"), List.of(
                slider("box-2/box-1", "Hslider_1_0", "amount"),
                def("box-2/box-2", "Out_1", "*", Form.INFIX, "In_1_0", "Hslider_1_0")));
        Item.Function process = new Item.Function(null, "process", List.of("In_1_0"), List.of("Out_1", "Out_2"), List.of(
                def("box-2", "Patcher_2", "file_1", Form.NAME),
                def("box-2", "Patcher_2_0", "Patcher_2", Form.CALL, "In_1_0"),
                def("box-3", "Hgroup_3_0", "hgroup", Form.GROUP, "\"a\"", "Patcher_2_0"),
                def("box-4", "Vgroup_4_0", "vgroup", Form.GROUP, "\"b\"", "Patcher_2_0"),
                def("box-5", "Out_1", null, Form.WIRE, "Hgroup_3_0"),
                def("box-6", "Out_2", null, Form.WIRE, "Vgroup_4_0")));
        assertEquals(List.of("box-2/box-1 hslider a/amount", "box-2/box-1 hslider b/amount"), walk(List.of(file), process));
    }

    @Test
    void aParameterShadowsAnOuterNameAndALibraryNameIsNotFollowed() {
        Item.Function inner = new Item.Function("box-3", "Patcher_3", List.of("Hslider_1_0"), List.of("Out_1"), List.of(
                def("box-3/box-1", "Out_1", "os.osc", Form.CALL, "Hslider_1_0")));
        Item.Function process = new Item.Function(null, "process", List.of(), List.of("Out_1"), List.of(
                slider("box-1", "Hslider_1_0", "outer"),
                slider("box-2", "osc", "not a call"),
                inner,
                def("box-3", "Patcher_3_0", "Patcher_3", Form.CALL, "0.5"),
                def("box-4", "Out_1", null, Form.WIRE, "Patcher_3_0")));
        assertEquals(List.of(), walk(List.of(), process), "the parameter is the call's 0.5; os.osc is not osc");
    }

    @Test
    void nestedIterationsNumberALabelByEveryVariableItNames() {
        Item.Iteration innerPar = new Item.Iteration("box-2", "Par_2", "par", "Par_2_2", 2, List.of(), List.of("Bar_3_0"),
                true, List.of(def("box-3", "Bar_3_0", "hbargraph", Form.PARTIAL,
                        "\"m %Par_1_2 %Par_2_2\"", "0", "1", "Par_2_2")));
        Item.Iteration outerPar = new Item.Iteration("box-1", "Par_1", "par", "Par_1_2", 3, List.of(), List.of("Par_2"),
                true, List.of(innerPar, slider("box-4", "Unused_4_0", "never")));
        Item.Function process = new Item.Function(null, "process", List.of(), List.of("Out_1"), List.of(outerPar,
                def("box-5", "Out_1", null, Form.WIRE, "Par_1 :> _")));
        assertEquals(List.of("box-3 hbargraph m 0 0", "box-3 hbargraph m 0 1", "box-3 hbargraph m 1 0",
                "box-3 hbargraph m 1 1", "box-3 hbargraph m 2 0", "box-3 hbargraph m 2 1"), walk(List.of(), process));
    }

    @Test
    void aLoopsOutputsAndFeedsAreWalkedAndASelectionFollowsItsSharedExpression() {
        Item.Loop loop = new Item.Loop("box-2", "Loop_2", List.of("Mem_2_0"), List.of("Add_1_0"), List.of("_"), List.of(
                slider("box-3", "Hslider_3_0", "fb"),
                def("box-1", "Add_1_0", "+", Form.INFIX, "Mem_2_0 * Hslider_3_0", "1")));
        Item.Function process = new Item.Function(null, "process", List.of(), List.of("Out_1", "Out_2"), List.of(loop,
                new Item.Definition("box-1", "Add_1_0", new Expression.FromLoop("Loop_2", 0, 1, "_")),
                slider("box-4", "Both_4", "pair"),
                new Item.Definition("box-5", "Sel_5_0", new Expression.Selection(
                        new Expression.Application(Form.GROUP, "tgroup", 0, List.of("\"tabs\"", "(Both_4, Both_4)")), 0, 2)),
                def("box-6", "Out_1", null, Form.WIRE, "Add_1_0"),
                def("box-7", "Out_2", null, Form.WIRE, "Sel_5_0")));
        assertEquals(List.of("box-3 hslider fb", "box-4 hslider tabs/pair"), walk(List.of(), process));
    }

    @Test
    void aBoxMetTwiceOnOnePathIsListedOnce() {
        Item.Function process = new Item.Function(null, "process", List.of(), List.of("Out_1", "Out_2"), List.of(
                def("box-1", "B_1_0", "button", Form.CALL, "\"gate\""),
                def("box-2", "Out_1", "+", Form.INFIX, "B_1_0", "B_1_0"),
                def("box-3", "Out_2", null, Form.WIRE, "B_1_0")));
        assertEquals(List.of("box-1 button gate"), walk(List.of(), process));
    }
}
