package dev.kansen.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A programme's partners, interventions, grants and indicators by id, built once per programme so
 * that every lookup by id takes constant time. Where an id occurs more than once (which the
 * validator reports), the first occurrence is found, as a scan in list order would find it.
 * Holds only final fields, so a lookup is safely published however it is shared.
 */
final class ProgrammeLookup {
  private final Map<String, Partner> partners;
  private final Map<String, Intervention> interventions;
  private final Map<String, Grant> grants;
  private final Map<String, Indicator> indicators;

  private ProgrammeLookup(Programme programme) {
    this.partners = byId(programme.partners(), Partner::id);
    this.interventions = byId(programme.interventions(), Intervention::id);
    this.grants = byId(programme.grants(), Grant::id);
    this.indicators = byId(programme.indicators(), Indicator::id);
  }

  static ProgrammeLookup of(Programme programme) {
    return new ProgrammeLookup(programme);
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> map = new HashMap<>(Math.max(16, items.size() * 2));
    for (T item : items) {
      map.putIfAbsent(id.apply(item), item);
    }
    return map;
  }

  Partner partner(String id) {
    return partners.get(id);
  }

  Intervention intervention(String id) {
    return interventions.get(id);
  }

  Grant grant(String id) {
    return grants.get(id);
  }

  Indicator indicator(String id) {
    return indicators.get(id);
  }
}
