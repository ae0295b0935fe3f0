package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.model.Alliance;
import dev.kansen.model.Programme;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Each element of a JSON array of programmes is limited like a single document: an element of
 * exactly the maximum document length is read, one character more is {@code INPUT_TOO_LARGE}, and
 * the elements after it are still read. An element's length counts from its first character: the
 * comma and white space before it are not part of it.
 */
class SequenceElementLengthTest {
  private static final int LIMIT = 1_000;

  private static Programme programme(String id, int length) {
    Programme shortest = Programme.builder().id(id).title("t").alliance(Alliance.builder().name("A").build()).build();
    int base = KansenJson.strict().writeCompact(shortest).length();
    return Programme.builder().from(shortest).title("t".repeat(length - base + 1)).build();
  }

  private static ProgrammeIterator array(String... elements) throws IOException {
    String array = "[" + String.join(",", elements) + "]";
    KansenJson json = KansenJson.builder().maxDocumentLength(LIMIT).build();
    return json.readArray(new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anElementOfExactlyTheLimitIsRead() throws IOException {
    Programme p = programme("p", LIMIT);
    String element = KansenJson.strict().writeCompact(p);
    assertEquals(LIMIT, element.length());
    try (ProgrammeIterator it = array(element)) {
      assertEquals(p, it.next());
      assertFalse(it.hasNext());
    }
  }

  @Test
  void aLaterElementOfExactlyTheLimitIsReadTheCommaBeforeItDoesNotCount() throws IOException {
    Programme p = programme("p", LIMIT);
    Programme q = programme("q", LIMIT);
    try (ProgrammeIterator it = array(KansenJson.strict().writeCompact(p), KansenJson.strict().writeCompact(q))) {
      assertEquals(p, it.next());
      assertEquals(q, it.next());
      assertFalse(it.hasNext());
    }
  }

  @Test
  void whiteSpaceBetweenElementsDoesNotCountTowardsTheNextElement() throws IOException {
    Programme p = programme("p", LIMIT);
    Programme q = programme("q", LIMIT);
    String spaces = " ".repeat(2 * LIMIT);
    try (ProgrammeIterator it = array(KansenJson.strict().writeCompact(p) + spaces,
        spaces + KansenJson.strict().writeCompact(q))) {
      assertEquals(p, it.next());
      assertEquals(q, it.next());
      assertFalse(it.hasNext());
    }
  }

  @Test
  void aLaterElementOneCharacterOverTheLimitIsTooLarge() throws IOException {
    Programme p = programme("p", LIMIT);
    String over = KansenJson.strict().writeCompact(programme("q", LIMIT + 1));
    try (ProgrammeIterator it = array(KansenJson.strict().writeCompact(p), over)) {
      assertEquals(p, it.next());
      KansenJsonException e = assertThrows(KansenJsonException.class, it::next);
      assertEquals("INPUT_TOO_LARGE", e.violations().get(0).code());
      assertEquals("/1", e.violations().get(0).path().toString());
    }
  }

  @Test
  void anElementOneCharacterOverTheLimitIsTooLargeAndTheNextIsRead() throws IOException {
    String over = KansenJson.strict().writeCompact(programme("p", LIMIT + 1));
    Programme next = programme("q", 100);
    try (ProgrammeIterator it = array(over, KansenJson.strict().writeCompact(next))) {
      KansenJsonException e = assertThrows(KansenJsonException.class, it::next);
      assertEquals(1, e.violations().size(), e.violations()::toString);
      assertEquals("INPUT_TOO_LARGE", e.violations().get(0).code());
      assertEquals("/0", e.violations().get(0).path().toString());
      assertEquals(next, it.next());
      assertFalse(it.hasNext());
    }
  }
}
