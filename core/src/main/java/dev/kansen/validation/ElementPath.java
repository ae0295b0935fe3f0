package dev.kansen.validation;

import java.util.Objects;

/**
 * Where an element of a list is, for {@link Located} and {@link LocatedIn}: its index, and its JSON
 * Pointer, which an element located in its list makes only when asked for. The validator locates
 * every element it walks and reports at few of them, so most elements never make theirs.
 */
abstract class ElementPath {
  private final JsonPointer list;
  private final int index;
  // made on first use from the list's pointer and the index; racy but idempotent, like String's hash
  private JsonPointer path;

  /** An element whose pointer is known. */
  ElementPath(JsonPointer path, int index) {
    this.path = Objects.requireNonNull(path, "path");
    this.list = null;
    this.index = index;
  }

  /** An element of the list at {@code list}, whose pointer is made when first asked for. */
  ElementPath(int index, JsonPointer list) {
    this.list = list;
    this.index = index;
  }

  /** @return where the element is, e.g. {@code /interventions/3} */
  public JsonPointer path() {
    JsonPointer p = path;
    if (p == null) {
      p = list.index(index);
      path = p;
    }
    return p;
  }

  /** @return its index in its list */
  public int index() {
    return index;
  }

  /**
   * @param property a property of the element, in the wire format's names
   * @return its path, e.g. {@code /interventions/3/lead}
   */
  public JsonPointer at(String property) {
    return path().child(property);
  }

  /**
   * @param property a property of the element
   * @param child a property of that property
   * @return its path, e.g. {@code /interventions/3/actualReach/count}
   */
  public JsonPointer at(String property, String child) {
    return path().child(property).child(child);
  }
}
