package dev.kansen.validation;

import java.util.Objects;

/**
 * An element of a programme with where it is: its JSON Pointer and its index in its list. The
 * {@link ProgrammeIndex} hands rules such elements, so that a rule says what it checks and never
 * builds a pointer by hand: it reports at {@link #path()} or at {@link #at(String) a property} of it.
 *
 * @param <T> the element's type
 * @param value the element
 * @param path where the element is, e.g. {@code /interventions/3}
 * @param index its index in its list
 */
public record Located<T>(T value, JsonPointer path, int index) {
  /**
   * Checks the parts.
   *
   * @param value the element
   * @param path where it is
   * @param index its index in its list
   */
  public Located {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(path, "path");
  }

  /**
   * @param property a property of the element, in the wire format's names
   * @return its path, e.g. {@code /interventions/3/lead}
   */
  public JsonPointer at(String property) {
    return path.child(property);
  }

  /**
   * @param property a list property of the element
   * @param index an index in that list
   * @return its path, e.g. {@code /interventions/3/participants/1}
   */
  public JsonPointer at(String property, int index) {
    return path.child(property).index(index);
  }

  /**
   * @param property a property of the element
   * @param child a property of that property
   * @return its path, e.g. {@code /interventions/3/actualReach/count}
   */
  public JsonPointer at(String property, String child) {
    return path.child(property).child(child);
  }
}
