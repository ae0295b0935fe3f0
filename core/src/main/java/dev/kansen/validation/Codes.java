package dev.kansen.validation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Looks up kansen's own codes by name, across {@link RuleCode}, {@link ValueCode}, {@link ReadCode} and {@link CommandCode}. */
public final class Codes {
  private static final Map<String, Code> BY_NAME = byName();

  private Codes() {}

  private static Map<String, Code> byName() {
    Map<String, Code> map = new LinkedHashMap<>();
    Stream.of(RuleCode.values(), ValueCode.values(), ReadCode.values(), CommandCode.values())
        .flatMap(Arrays::stream)
        .forEach(c -> map.put(c.name(), c));
    return Map.copyOf(map);
  }

  /**
   * @param name a code's name, such as {@link Violation#code()}
   * @return kansen's code of that name; empty for a code of your own or an unknown name
   */
  public static Optional<Code> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
