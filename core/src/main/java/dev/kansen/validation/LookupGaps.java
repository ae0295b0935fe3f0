package dev.kansen.validation;

import java.util.Optional;

/**
 * What a rule's lookups by id cannot answer when values were left out of the programme: a miss
 * may be a reference to a left-out entity, and a hit may be an entity with a left-out part. The
 * validator asks, after each rule, whether the rule made such a lookup; one {@link Validator}
 * call runs its rules one after another, so one instance serves one call.
 */
final class LookupGaps {
  private final LeftOut leftOut;
  private JsonPointer reason;

  LookupGaps(LeftOut leftOut) {
    this.leftOut = leftOut;
  }

  /**
   * Records a lookup.
   *
   * @param list the looked-up list's pointer in the programme (the same in the document: lists
   *     that can be looked up are not inside other lists)
   * @param key the id or code looked up
   * @param byId whether the key is the entities' {@code id}, which left-out entities keep
   * @param position the position found in the programme's list, or null for a miss
   */
  void lookup(JsonPointer list, Object key, boolean byId, Integer position) {
    if (reason != null) {
      return;
    }
    Optional<JsonPointer> whole = leftOut.values().stream().filter(v -> LeftOut.within(list, v)).findFirst();
    if (whole.isPresent()) {
      reason = whole.get();
      return;
    }
    if (position == null) {
      for (int g : leftOut.leftOutIndexes(list)) {
        Optional<String> id = leftOut.id(list.index(g));
        if (!byId || id.isEmpty() || id.get().equals(String.valueOf(key))) {
          reason = list.index(g);
          return;
        }
      }
      return;
    }
    JsonPointer entity = leftOut.toDocument(list.index(position));
    leftOut.values().stream().filter(v -> LeftOut.within(v, entity)).findFirst().ifPresent(v -> reason = v);
  }

  /** @return the left-out value behind the first lookup since the last call that could not be answered; clears it */
  Optional<JsonPointer> take() {
    Optional<JsonPointer> r = Optional.ofNullable(reason);
    reason = null;
    return r;
  }
}
