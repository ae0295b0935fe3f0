package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPointerTest {

  @Test
  void theRootIsTheEmptyString() {
    assertEquals("", JsonPointer.root().toString());
    assertEquals(JsonPointer.root(), JsonPointer.parse(""));
    assertEquals(JsonPointer.root(), JsonPointer.of());
    assertEquals(List.of(), JsonPointer.root().segments());
  }

  @Test
  void segmentsAreEscapedAsRfc6901Says() {
    JsonPointer p = JsonPointer.of("unknownProperties", "a/b", "m~n", "~1");
    assertEquals("/unknownProperties/a~1b/m~0n/~01", p.toString());
    assertEquals(List.of("unknownProperties", "a/b", "m~n", "~1"), JsonPointer.parse(p.toString()).segments());
    assertEquals(p, JsonPointer.parse(p.toString()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/a", "/a/0/b", "/a~1b", "/m~0n", "/~01", "//", "/a/", "/ü/日本"})
  void parseAndToStringAreInverse(String text) {
    assertEquals(text, JsonPointer.parse(text).toString());
  }

  @Test
  void parseRejectsTextWithoutALeadingSlash() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("a/b"));
    assertEquals("A JSON Pointer starts with '/': \"a/b\"", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/a~2", "/a~", "/~", "/ok/~x/b"})
  void parseRejectsATildeThatIsNotAnEscape(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse(text));
    assertEquals("A JSON Pointer escapes '~' as ~0 and '/' as ~1 only: \"" + text + "\"", e.getMessage());
  }

  @Test
  void childIndexAndResolveExtendThePointer() {
    JsonPointer interventions = JsonPointer.root().child("interventions");
    assertEquals("/interventions/3/planned/end", interventions.index(3).child("planned").child("end").toString());
    assertEquals(JsonPointer.of("interventions", 3, "participants", 0), interventions.index(3).resolve("participants/0"));
    assertEquals(interventions, interventions.resolve(""));
    assertEquals("/interventions", interventions.toString(), "extending never changes the original");
  }

  @Test
  void pointersSortInDocumentOrderWithIndexesNumerically() {
    List<JsonPointer> sorted = new ArrayList<>(List.of(
        JsonPointer.parse("/a/10"), JsonPointer.parse("/b"), JsonPointer.parse("/a/2/x"), JsonPointer.parse("/a/2"),
        JsonPointer.root(), JsonPointer.parse("/a/name"), JsonPointer.parse("/a/02")));
    sorted.sort(null);
    assertEquals(List.of("", "/a/2", "/a/2/x", "/a/02", "/a/10", "/a/name", "/b"),
        sorted.stream().map(JsonPointer::toString).toList());
    assertTrue(JsonPointer.parse("/a/9").compareTo(JsonPointer.parse("/a/10")) < 0);
  }

  @Test
  void equalPointersHaveEqualHashCodes() {
    assertEquals(JsonPointer.of("a", 1).hashCode(), JsonPointer.parse("/a/1").hashCode());
  }
}
