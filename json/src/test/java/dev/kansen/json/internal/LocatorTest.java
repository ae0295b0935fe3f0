package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A finding's position falls back to the nearest ancestor that was located, the root included. */
class LocatorTest {
  @Test
  void theNearestLocatedAncestorGivesThePosition() {
    Map<JsonPointer, Position> found = Map.of(JsonPointer.root(), new Position(1, 1),
        JsonPointer.parse("/a"), new Position(2, 3));
    assertEquals(Optional.of(new Position(2, 3)), Locator.nearest(found, JsonPointer.parse("/a/b/0")));
    assertEquals(Optional.of(new Position(2, 3)), Locator.nearest(found, JsonPointer.parse("/a")));
    assertEquals(Optional.of(new Position(1, 1)), Locator.nearest(found, JsonPointer.parse("/x/y")),
        "only the root was located");
    assertEquals(Optional.empty(), Locator.nearest(Map.of(), JsonPointer.parse("/x")));
  }
}
