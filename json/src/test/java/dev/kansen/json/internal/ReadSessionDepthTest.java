package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A read hands out one object reading per depth of nesting and one list per depth of arrays, at
 * any depth: deeper than its first arrays hold, every depth still gets a reading and a list of its
 * own, and the next object or array at a depth gets the same one again. The wire format nests
 * less deeply than the first arrays hold, so no document reaches the growth; this test does.
 */
class ReadSessionDepthTest {
  private static final int DEPTH = 40;

  private static ReadSession session() throws IOException {
    JsonParser parser = new JsonFactory().createParser("{}");
    return new ReadSession(parser, false, 100, -1);
  }

  @Test
  void everyDepthOfObjectsGetsAReadingOfItsOwnAndKeepsItForTheNextObject() throws IOException {
    ReadSession s = session();
    List<ObjectReading> first = new ArrayList<>();
    for (int depth = 0; depth < DEPTH; depth++) {
      first.add(s.enterObject());
    }
    Map<ObjectReading, Boolean> distinct = new IdentityHashMap<>();
    first.forEach(r -> distinct.put(r, true));
    assertEquals(DEPTH, distinct.size(), "a reading handed out twice while in use");
    for (int depth = DEPTH - 1; depth >= 0; depth--) {
      s.leaveObject();
      assertSame(first.get(depth), s.enterObject(), "the next object at depth " + depth);
      s.leaveObject();
    }
  }

  @Test
  void everyDepthOfArraysGetsAnEmptyListOfItsOwnAndKeepsItForTheNextArray() throws IOException {
    ReadSession s = session();
    List<ArrayList<Object>> first = new ArrayList<>();
    for (int depth = 0; depth < DEPTH; depth++) {
      ArrayList<Object> list = s.borrowList();
      assertTrue(list.isEmpty(), "the list at depth " + depth + " is not empty");
      for (ArrayList<Object> outer : first) {
        assertNotSame(outer, list, "a list handed out twice while in use");
      }
      list.add(depth);
      first.add(list);
    }
    for (int depth = DEPTH - 1; depth >= 0; depth--) {
      assertEquals(List.of(depth), first.get(depth), "an inner array wrote into the list at depth " + depth);
      s.giveBack(first.get(depth));
      ArrayList<Object> next = s.borrowList();
      assertSame(first.get(depth), next, "the next array at depth " + depth);
      assertTrue(next.isEmpty(), "the list given back at depth " + depth + " was not emptied");
      s.giveBack(next);
    }
  }
}
