package dev.faustwire.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import org.junit.jupiter.api.Test;

class ImportRequestTest {
    @Test
    void theNameAndTextTravelUnchangedWhateverTheyHold() {
        String text = "{\n\t\"patcher\": {\"boxes\": [{\"box\": {\"text\": \"\\\"quoted\\\" é ✓\"}}]}\n}";
        JsonObject body = (JsonObject) JsonParser.parse(ImportRequest.body("Comb \"1\".gendsp", text)).value();
        assertEquals(new JsonString("Comb \"1\".gendsp"), body.get("name"));
        assertEquals(new JsonString(text), body.get("text"));
        assertEquals(2, body.fields().size());
    }
}
