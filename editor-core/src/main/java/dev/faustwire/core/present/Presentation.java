package dev.faustwire.core.present;

import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonBool;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.text.BoxTextParser;
import dev.faustwire.core.text.ControlLabels;
import dev.faustwire.core.view.BoxLabel;
import java.util.List;

/**
 * A box's place in the presentation view, kept as JSPatcher writes it: {@code presentation} (true
 * when the box is shown there) and {@code presentationRect} ({@code [x, y, width, height]}; a width
 * or height of 0 means "as wide or tall as the box needs"). Both live in the box's extra fields, so a
 * file read and written again is unchanged.
 */
public final class Presentation {
    public static final String KEY = "presentation";
    public static final String KEY_RECT = "presentationRect";

    private Presentation() {
    }

    /** True when the box is flagged for the presentation ({@code true}, or a number other than 0). */
    public static boolean isIn(Box box) {
        JsonValue flag = box.extra().get(KEY);
        return flag instanceof JsonBool b ? b.value() : flag instanceof JsonNumber n && n.doubleValue() != 0;
    }

    /** The stored presentation rectangle, or null when there is none or it is not four numbers. */
    public static Rect rect(Box box) {
        if (!(box.extra().get(KEY_RECT) instanceof JsonArray array) || array.items().size() != 4) {
            return null;
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            if (!(array.items().get(i) instanceof JsonNumber n) || !(Math.abs(n.doubleValue()) < 1e9)) {
                return null;
            }
            v[i] = n.doubleValue();
        }
        return new Rect(v[0], v[1], v[2], v[3]);
    }

    /** True when the patch asks to open in its presentation (JSPatcher's and Max's {@code openInPresentation} prop). */
    public static boolean opensIn(dev.faustwire.core.model.Patch patch) {
        return patch.props().get("openInPresentation") instanceof JsonBool b && b.value();
    }

    /** True for the boxes the presentation view can show: UI boxes (sliders, buttons...) and comments. */
    public static boolean canShow(Box box) {
        return BoxLabel.isComment(box) || ControlLabels.isWidget(BoxTextParser.parse(box.text()).name());
    }

    /** The box flagged in or out of the presentation, at a presentation rectangle. */
    public static Box with(Box box, boolean in, Rect rect) {
        JsonObject extra = box.extra().with(KEY, new JsonBool(in));
        if (rect != null) {
            extra = extra.with(KEY_RECT, new JsonArray(List.of(JsonNumber.of(rect.x()), JsonNumber.of(rect.y()),
                    JsonNumber.of(rect.width()), JsonNumber.of(rect.height()))));
        }
        return box.withExtra(extra);
    }
}
