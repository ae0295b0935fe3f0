package dev.kansen.validation;

import java.util.Objects;

/**
 * An element of a list inside another element, such as a grant's allocation, with its owner and
 * where it is. Like {@link Located}, an element located in its list makes its pointer only when
 * asked for. Immutable; two are equal when their owners, values, paths and indexes are.
 *
 * @param <O> the owner's type
 * @param <T> the element's type
 */
public final class LocatedIn<O, T> extends ElementPath {
  private final Located<O> owner;
  private final T value;

  /**
   * Checks the parts.
   *
   * @param owner the element holding the list, located
   * @param value the element
   * @param path where it is, e.g. {@code /grants/0/allocations/2}
   * @param index its index in its owner's list
   */
  public LocatedIn(Located<O> owner, T value, JsonPointer path, int index) {
    super(path, index);
    this.owner = Objects.requireNonNull(owner, "owner");
    this.value = Objects.requireNonNull(value, "value");
  }

  private LocatedIn(Located<O> owner, JsonPointer list, T value, int index) {
    super(index, list);
    this.owner = owner;
    this.value = value;
  }

  /**
   * An element of a list whose pointer is made only when asked for.
   *
   * @param owner the element holding the list
   * @param list where the list is, e.g. {@code /grants/0/allocations}
   * @param value the element
   * @param index its index in the list
   */
  static <O, T> LocatedIn<O, T> inList(Located<O> owner, JsonPointer list, T value, int index) {
    return new LocatedIn<>(Objects.requireNonNull(owner, "owner"), list, Objects.requireNonNull(value, "value"), index);
  }

  /** @return the element holding the list, located */
  public Located<O> owner() {
    return owner;
  }

  /** @return the element */
  public T value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof LocatedIn<?, ?> other && index() == other.index() && owner.equals(other.owner)
        && value.equals(other.value) && path().equals(other.path());
  }

  @Override
  public int hashCode() {
    return ((31 * owner.hashCode() + value.hashCode()) * 31 + path().hashCode()) * 31 + Integer.hashCode(index());
  }

  @Override
  public String toString() {
    return "LocatedIn[owner=" + owner + ", value=" + value + ", path=" + path() + ", index=" + index() + "]";
  }
}
