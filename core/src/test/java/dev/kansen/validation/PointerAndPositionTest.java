package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The value semantics that pointers, positions and message patterns promise in their Javadoc. */
class PointerAndPositionTest {
  @Test
  void aPointersHashCodeIsItsSegmentsListHashCode() {
    for (String text : List.of("", "/interventions", "/interventions/3/lead", "/a~1b/~0c")) {
      JsonPointer p = JsonPointer.parse(text);
      assertEquals(p.segments().hashCode(), p.hashCode(), text);
      assertEquals(p.hashCode(), p.hashCode(), "cached: " + text);
    }
  }

  @Test
  void pointersAreEqualSegmentBySegment() {
    JsonPointer a = JsonPointer.parse("/grants/0/amount");
    assertEquals(a, a);
    assertEquals(a, JsonPointer.root().child("grants").index(0).child("amount"));
    assertNotEquals(a, JsonPointer.parse("/grants/1/amount"));
    assertNotEquals(a, JsonPointer.parse("/grants/0"));
    assertNotEquals(a, JsonPointer.parse("/grants/0/period"));
    assertNotEquals(a, "/grants/0/amount");
  }

  @Test
  void positionsCountFromOne() {
    assertEquals(1, new Position(1, 1).line());
    assertEquals(1, new Position(1, 1).column());
    assertThrows(IllegalArgumentException.class, () -> new Position(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new Position(1, 0));
  }

  @Test
  void aPatternIsFilledFromItsFirstCharacterToItsLast() {
    assertEquals(Optional.of("7 pupils in 2021"), CodeTexts.fill("{n} pupils in {year}", Map.of("n", "7", "year", "2021")));
    assertEquals(Optional.of("no arguments"), CodeTexts.fill("no arguments", Map.of()));
    assertEquals(Optional.of("a { left open"), CodeTexts.fill("a { left open", Map.of()));
    assertEquals(Optional.empty(), CodeTexts.fill("{missing}", Map.of()));
  }
}
