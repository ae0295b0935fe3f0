package dev.kansen.validation;

import java.util.Objects;

/**
 * An element of a list inside another element, such as a grant's allocation, with its owner and
 * where it is.
 *
 * @param <O> the owner's type
 * @param <T> the element's type
 * @param owner the element holding the list, located
 * @param value the element
 * @param path where the element is, e.g. {@code /grants/0/allocations/2}
 * @param index its index in its owner's list
 */
public record LocatedIn<O, T>(Located<O> owner, T value, JsonPointer path, int index) {
  /**
   * Checks the parts.
   *
   * @param owner the owner
   * @param value the element
   * @param path where it is
   * @param index its index in its owner's list
   */
  public LocatedIn {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(path, "path");
  }

  /**
   * @param property a property of the element, in the wire format's names
   * @return its path, e.g. {@code /grants/0/allocations/2/amount}
   */
  public JsonPointer at(String property) {
    return path.child(property);
  }

  /**
   * @param property a property of the element
   * @param child a property of that property
   * @return its path, e.g. {@code /grants/0/budgets/1/period/end}
   */
  public JsonPointer at(String property, String child) {
    return path.child(property).child(child);
  }
}
