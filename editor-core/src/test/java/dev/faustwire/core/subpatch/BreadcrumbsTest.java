package dev.faustwire.core.subpatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.faustwire.core.model.Patch;
import dev.faustwire.core.subpatch.Breadcrumbs.Crumb;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trail: documents come through, the open document, one crumb per sub-patcher level, the last current. */
class BreadcrumbsTest {
    private static final Patch NESTED = EncapsulationTest.read("""
            {"boxes": {
              "box-9": {"text": "p reverb", "rect": [10, 60, 45, 22], "data": {"boxes": {
                 "box-3": {"text": "patcher  a very long name that goes on and on and on", "rect": [10, 110, 45, 22],
                   "data": {"boxes": {"box-1": {"text": "mem"}}, "lines": {}}}}, "lines": {}}}},
             "lines": {}}
            """);

    @Test
    void theTopAloneIsCurrent() {
        assertEquals(List.of(new Crumb("lp.json", List.of(), -1, true)), Breadcrumbs.of(List.of(), "lp.json", NESTED, List.of()));
    }

    @Test
    void eachLevelIsACrumbLabelledByItsBoxTextAndOpensItsPath() {
        List<Crumb> crumbs = Breadcrumbs.of(List.of("song.json"), "lp.json", NESTED, List.of("box-9", "box-3"));
        assertEquals(4, crumbs.size());
        assertEquals(new Crumb("song.json", List.of(), 0, false), crumbs.get(0));
        assertEquals(new Crumb("lp.json", List.of(), -1, false), crumbs.get(1));
        assertEquals(new Crumb("p reverb", List.of("box-9"), -1, false), crumbs.get(2));
        assertEquals(List.of("box-9", "box-3"), crumbs.get(3).path());
        assertEquals("patcher  a very long name that goes on …", crumbs.get(3).label());
        assertEquals(true, crumbs.get(3).current());
    }

    @Test
    void aPathThatLeadsNowhereStopsWhereTheBoxesEnd() {
        assertEquals(2, Breadcrumbs.of(List.of(), "x", NESTED, List.of("box-9", "box-77")).size());
    }

    @Test
    void theParentOfALevel() {
        assertEquals(List.of("box-9"), Breadcrumbs.parent(List.of("box-9", "box-3")));
        assertNull(Breadcrumbs.parent(List.of()));
    }
}
