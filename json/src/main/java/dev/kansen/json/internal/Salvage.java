package dev.kansen.json.internal;

import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.LeftOut;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a diagnostic read left out of the programme because they were unusable: each
 * reported where it was found, then left out so that the rest of the document can still be built
 * and checked. An optional value or a list element is left out alone; an object whose required
 * value is unusable, or that cannot be built without what was left out of it, is left out whole.
 */
final class Salvage {
  /** The left-out values, each with the id of the entity it was, or "". */
  private final Map<JsonPointer, String> values = new LinkedHashMap<>();

  /**
   * @param at the left-out value
   * @param id the id of the entity it was, or null
   */
  void leftOut(JsonPointer at, String id) {
    if (id != null && !id.isEmpty()) {
      values.put(at, id);
    } else {
      values.putIfAbsent(at, "");
    }
  }

  /** @return what was left out */
  LeftOut result() {
    Map<JsonPointer, String> ids = new LinkedHashMap<>();
    values.forEach((p, id) -> {
      if (!id.isEmpty()) {
        ids.put(p, id);
      }
    });
    return LeftOut.of(values.keySet(), ids);
  }
}
