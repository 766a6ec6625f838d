package dev.faustwire.gen.translate;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Rect;
import dev.faustwire.gen.expr.GenExpr;
import dev.faustwire.gen.read.GenBox;
import dev.faustwire.gen.read.GenPatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A patcher {@code data NAME dim channels} that exactly one codebox (or expr) names and no patcher box pokes or
 * reads: the codebox owns it, its GenExpr translation holds the table, and the data box itself outputs its size
 * and channel count as constants.
 */
final class OwnedData {
    private OwnedData() {
    }

    /** The codeboxes' Gen ids to the data boxes each owns, for one patcher level. */
    static Map<String, List<GenExpr.DataBox>> scan(GenPatcher patcher) {
        Map<String, List<GenExpr.DataBox>> owned = new LinkedHashMap<>();
        for (GenBox box : patcher.boxes()) {
            GenText text = dataText(box);
            if (text == null || hasMembers(patcher, text.args().get(0))) {
                continue;
            }
            String name = text.args().get(0);
            List<GenBox> users = users(patcher, name);
            int dim = Tables.wholeNumber(text.args(), 1, 512);
            int channels = Tables.wholeNumber(text.args(), 2, 1);
            if (users.size() == 1 && dim > 0 && channels > 0) {
                owned.computeIfAbsent(users.get(0).id(), k -> new ArrayList<>()).add(new GenExpr.DataBox(name, dim, channels));
            }
        }
        return owned;
    }

    /**
     * The data box of a table named by codeboxes and by no patcher box: its dim and channels as constant outlets, with
     * a G062 when it is not owned by one codebox alone (several codeboxes name it); null when patcher boxes use it.
     */
    static Translated dataBox(BoxTranslator boxes, GenPatcher patcher, GenBox data, String id) {
        GenText text = dataText(data);
        if (text == null || hasMembers(patcher, text.args().get(0))) {
            return null;
        }
        String name = text.args().get(0);
        int dim = Tables.wholeNumber(text.args(), 1, 512);
        int channels = Tables.wholeNumber(text.args(), 2, 1);
        int users = users(patcher, name).size();
        if (users > 1) {
            boxes.report(Code.GENEXPR_DATA_SHARED, id, "\"" + data.text() + "\" is named by " + users + " codeboxes; a table"
                    + " shared between codeboxes is not translated, so their reads of " + name + " give 0 and their"
                    + " writes are dropped. Substitute: keep the table in one codebox");
        }
        String faust = "// data " + name + ": its table is in the codebox that uses it\nprocess = "
                + Math.max(dim, 1) + ", " + Math.max(channels, 1) + ";\n";
        return new Translated(new Box(id, "code @ins 0 @outs 2", Tables.rect(data),
                JsonObject.EMPTY.with("value", new JsonString(faust)), null, null, JsonObject.EMPTY), PortMap.identity(0, 2));
    }

    private static GenText dataText(GenBox box) {
        if (!box.maxclass().equals("newobj") || box.text() == null) {
            return null;
        }
        GenText text = GenText.parse(box.text());
        return text.name().equals("data") && !text.args().isEmpty() && BoxTranslator.isName(text.args().get(0)) ? text : null;
    }

    /** Patcher boxes (poke, peek, dim...) that name the table. */
    private static boolean hasMembers(GenPatcher patcher, String name) {
        for (GenBox box : patcher.boxes()) {
            if (box.maxclass().equals("newobj") && box.text() != null) {
                GenText text = GenText.parse(box.text());
                if (Tables.MEMBERS.contains(text.name()) && !text.args().isEmpty() && text.args().get(0).equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Codeboxes and expr boxes whose code names the table. */
    private static List<GenBox> users(GenPatcher patcher, String name) {
        List<GenBox> users = new ArrayList<>();
        for (GenBox box : patcher.boxes()) {
            String code = box.code() != null ? box.code() : box.maxclass().equals("newobj") && box.text() != null
                    && GenText.parse(box.text()).name().equals("expr") ? box.text() : null;
            if (code != null && Tables.containsWord(code, name)) {
                users.add(box);
            }
        }
        return users;
    }
}
