package dev.kansen.model.internal;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The unknown properties of a model object as its public {@code unknownProperties()} returns them:
 * sorted by name. Almost every object has none, so the model stores them unsorted (an empty map is
 * the JDK's one shared instance) and sorts only the few that have some. Not part of the public API.
 */
public final class UnknownProperties {
  private UnknownProperties() {}

  /**
   * @param stored the unknown properties as the object stores them, by name, as raw JSON
   * @return the same properties sorted by name, unmodifiable; the one shared empty sorted map when
   *     there are none
   */
  public static SortedMap<String, String> sorted(Map<String, String> stored) {
    if (stored.isEmpty()) {
      return Collections.emptySortedMap();
    }
    return Collections.unmodifiableSortedMap(new TreeMap<>(stored));
  }
}
