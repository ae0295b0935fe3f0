package dev.kansen.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The values of a document that could not be used and are not in the programme read from it, so
 * that one run can still check everything else: {@link Validator#validate(dev.kansen.model.Programme,
 * ValidationContext, LeftOut)} keeps only the findings that cannot depend on them.
 *
 * <p>Each value is named by its JSON Pointer in the document. A pointer whose last segment is a
 * number is an element of a list, left out of that list: the programme's list holds the other
 * elements, so the programme's element {@code n} is the document's {@code n}-th element that was
 * not left out ({@link #toDocument} maps a path of the programme to the path of the document). An
 * element that was an entity with a usable {@code id} keeps that id here, so that a reference to
 * it is known to be a reference to something left out, not to nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class LeftOut {
  private static final LeftOut NONE = new LeftOut(Map.of());

  /** The left-out values, each with the id of the entity it was, or "" when it had none. */
  private final Map<JsonPointer, String> values;
  /** For each list with left-out elements, the left-out indexes in ascending order. */
  private final Map<JsonPointer, int[]> elements = new HashMap<>();

  private LeftOut(Map<JsonPointer, String> values) {
    this.values = values;
    Map<JsonPointer, List<Integer>> byList = new HashMap<>();
    for (JsonPointer p : values.keySet()) {
      List<String> segments = p.segments();
      if (!segments.isEmpty() && isIndex(segments.get(segments.size() - 1))) {
        byList.computeIfAbsent(parent(p), k -> new ArrayList<>()).add(Integer.parseInt(segments.get(segments.size() - 1)));
      }
    }
    byList.forEach((list, indexes) -> elements.put(list, indexes.stream().mapToInt(Integer::intValue).sorted().toArray()));
  }

  /** @return nothing left out: the programme is the whole document */
  public static LeftOut none() {
    return NONE;
  }

  /**
   * @param values the pointers of the values left out, in the document's indexes
   * @param ids the id of each left-out entity whose id was usable, by its pointer
   * @return what was left out
   * @throws IllegalArgumentException when an id belongs to a pointer that was not left out
   */
  public static LeftOut of(Collection<JsonPointer> values, Map<JsonPointer, String> ids) {
    Map<JsonPointer, String> all = new LinkedHashMap<>();
    for (JsonPointer p : values) {
      all.put(Objects.requireNonNull(p, "values"), "");
    }
    ids.forEach((p, id) -> {
      if (!all.containsKey(p)) {
        throw new IllegalArgumentException("The id \"" + id + "\" belongs to " + p + ", which was not left out");
      }
      all.put(p, Objects.requireNonNull(id, "id"));
    });
    return all.isEmpty() ? NONE : new LeftOut(Map.copyOf(all));
  }

  /** @return whether nothing was left out */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** @return the pointers of the values left out, in path order */
  public List<JsonPointer> values() {
    return values.keySet().stream().sorted().toList();
  }

  /**
   * @param value a left-out value's pointer
   * @return the id of the entity it was, when it was an entity whose id was usable
   */
  public Optional<String> id(JsonPointer value) {
    String id = values.get(value);
    return id == null || id.isEmpty() ? Optional.empty() : Optional.of(id);
  }

  /**
   * Maps a path in the programme to the path of the same value in the document, counting the
   * left-out elements of every list on the way.
   *
   * @param path a path in the programme
   * @return the path in the document
   */
  public JsonPointer toDocument(JsonPointer path) {
    if (elements.isEmpty()) {
      return path;
    }
    JsonPointer document = JsonPointer.root();
    for (String segment : path.segments()) {
      int[] gone = elements.get(document);
      if (gone != null && isIndex(segment)) {
        int index = Integer.parseInt(segment);
        for (int g : gone) {
          if (g <= index) {
            index++;
          }
        }
        document = document.index(index);
      } else {
        document = document.child(segment);
      }
    }
    return document;
  }

  /**
   * A finding at a path of the document may depend on a left-out value when the value lies in
   * the same entity: the first element of a list on the path (such as {@code /grants/2} for
   * {@code /grants/2/allocations/1/amount}), or the whole programme for a path in no list.
   *
   * @param documentPath a path in the document
   * @return the first left-out value in the path's entity, or in an entity the path lies in
   */
  public Optional<JsonPointer> near(JsonPointer documentPath) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    JsonPointer scope = entity(documentPath);
    return values().stream().filter(v -> within(v, scope) || scope.equals(entity(v))).findFirst();
  }

  /**
   * @param documentPath a path in the document
   * @return its entity: the path up to its first list index, or the root when it has none
   */
  public static JsonPointer entity(JsonPointer documentPath) {
    JsonPointer p = JsonPointer.root();
    for (String segment : documentPath.segments()) {
      p = p.child(segment);
      if (isIndex(segment)) {
        return p;
      }
    }
    return JsonPointer.root();
  }

  /**
   * @param list a list's pointer in the document
   * @return the document's indexes of the list's left-out elements, in ascending order
   */
  int[] leftOutIndexes(JsonPointer list) {
    int[] gone = elements.get(list);
    return gone == null ? new int[0] : Arrays.copyOf(gone, gone.length);
  }

  /** @return whether {@code path} is {@code ancestor} or lies inside it */
  static boolean within(JsonPointer path, JsonPointer ancestor) {
    List<String> a = ancestor.segments();
    List<String> p = path.segments();
    return p.size() >= a.size() && p.subList(0, a.size()).equals(a);
  }

  private static JsonPointer parent(JsonPointer p) {
    List<String> segments = p.segments();
    return JsonPointer.of(segments.subList(0, segments.size() - 1).toArray());
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** @return the left-out values, in path order */
  @Override
  public String toString() {
    return "LeftOut" + values();
  }
}
