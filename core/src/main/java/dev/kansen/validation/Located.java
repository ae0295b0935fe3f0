package dev.kansen.validation;

import java.util.Objects;

/**
 * An element of a programme with where it is: its JSON Pointer and its index in its list. The
 * {@link ProgrammeIndex} hands rules such elements, so that a rule says what it checks and never
 * builds a pointer by hand: it reports at {@link #path()} or at {@link #at(String) a property} of it.
 *
 * <p>The validator makes one for every element it walks and reports at few of them, so an element
 * located in its list keeps the list's pointer and its index, and makes its own pointer only when
 * asked. Immutable; two are equal when their values, paths and indexes are.
 *
 * @param <T> the element's type
 */
public final class Located<T> extends ElementPath {
  private final T value;

  /**
   * Checks the parts.
   *
   * @param value the element
   * @param path where it is, e.g. {@code /interventions/3}
   * @param index its index in its list
   */
  public Located(T value, JsonPointer path, int index) {
    super(path, index);
    this.value = Objects.requireNonNull(value, "value");
  }

  private Located(JsonPointer list, T value, int index) {
    super(index, list);
    this.value = value;
  }

  /**
   * An element of a list whose pointer is made only when asked for.
   *
   * @param list where the list is, e.g. {@code /interventions}
   * @param value the element
   * @param index its index in the list
   */
  static <T> Located<T> inList(JsonPointer list, T value, int index) {
    return new Located<>(list, Objects.requireNonNull(value, "value"), index);
  }

  /** @return the element */
  public T value() {
    return value;
  }

  /**
   * @param property a list property of the element
   * @param index an index in that list
   * @return its path, e.g. {@code /interventions/3/participants/1}
   */
  public JsonPointer at(String property, int index) {
    return path().child(property).index(index);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Located<?> other && index() == other.index() && value.equals(other.value)
        && path().equals(other.path());
  }

  @Override
  public int hashCode() {
    return (31 * value.hashCode() + path().hashCode()) * 31 + Integer.hashCode(index());
  }

  @Override
  public String toString() {
    return "Located[value=" + value + ", path=" + path() + ", index=" + index() + "]";
  }
}
