package dev.kansen.validation;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list {@link ProgrammeWalk} made: the located elements of one part of a programme, in an array.
 * Its own final class and iterator, not a JDK list behind an unmodifiable wrapper, so that a rule's
 * loop over it calls code that sees this class alone and is inlined, with no wrapper to go through.
 * Unmodifiable; equal to any list of equal elements.
 *
 * @param <E> the elements' type
 */
final class WalkedList<E> extends AbstractList<E> implements RandomAccess {
  private static final Object[] NONE = {};
  private final Object[] elements;
  private final int size;

  private WalkedList(Object[] elements, int size) {
    this.elements = elements;
    this.size = size;
  }

  /**
   * Locates every element of a list.
   *
   * @param items the programme's list
   * @param at where the list is, e.g. {@code /interventions}
   * @return the elements, each located
   */
  static <T> WalkedList<Located<T>> located(List<T> items, JsonPointer at) {
    int size = items.size();
    if (size == 0) {
      return new WalkedList<>(NONE, 0);
    }
    Object[] located = new Object[size];
    for (int i = 0; i < size; i++) {
      located[i] = Located.inList(at, items.get(i), i);
    }
    return new WalkedList<>(located, size);
  }

  /** The list being made. */
  static final class Builder<E> {
    private Object[] elements;
    private int size;

    /** @param capacity the number of elements expected */
    Builder(int capacity) {
      elements = capacity == 0 ? NONE : new Object[capacity];
    }

    void add(E element) {
      if (size == elements.length) {
        elements = Arrays.copyOf(elements, Math.max(8, size * 2));
      }
      elements[size++] = element;
    }

    WalkedList<E> build() {
      return new WalkedList<>(size == 0 ? NONE : elements, size);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    return (E) elements[Objects.checkIndex(index, size)];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<E> iterator() {
    return new Elements();
  }

  /** The iterator of this class alone, so that a rule's loop inlines it. */
  private final class Elements implements Iterator<E> {
    private int next;

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E next() {
      int i = next;
      if (i >= size) {
        throw new NoSuchElementException();
      }
      next = i + 1;
      return (E) elements[i];
    }
  }
}
