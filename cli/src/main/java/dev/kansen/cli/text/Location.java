package dev.kansen.cli.text;

import dev.kansen.model.Programme;
import dev.kansen.model.WireNames;
import dev.kansen.validation.JsonPointer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a finding is, in words people understand beside its JSON Pointer: {@code /interventions/0}
 * is "intervention 1, Warm handover" (in Dutch "interventie 1, Warme overdracht"): the kind of
 * element, its 1-based position and its name from the programme. An element inside a grant or an
 * indicator follows it: "grant 2, bijdrage › allocation 1".
 */
public final class Location {
  /** The top-level lists of a programme with the name of each element. */
  private static final Map<String, Function<Programme, List<String>>> NAMES = Map.of(
      WireNames.PARTNERS, p -> p.partners().stream().map(x -> x.name()).toList(),
      WireNames.GOALS, p -> p.goals().stream().map(x -> x.title()).toList(),
      WireNames.INTERVENTIONS, p -> p.interventions().stream().map(x -> x.title()).toList(),
      WireNames.GRANTS, p -> p.grants().stream().map(x -> x.id()).toList(),
      WireNames.INDICATORS, p -> p.indicators().stream().map(x -> x.title()).toList(),
      WireNames.MUNICIPALITIES, p -> p.municipalities().stream().map(x -> x.name()).toList());

  private Location() {}

  /**
   * @param path a finding's path
   * @param programme the programme it points into, when it could be read; without it the location
   *     has no names
   * @param texts the language
   * @return the location in words, when the path points into an element of one of the programme's lists
   */
  public static Optional<String> of(JsonPointer path, Optional<Programme> programme, Texts texts) {
    List<String> segments = path.segments();
    if (segments.size() < 2 || texts.find("entity." + segments.get(0)).isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> index = index(segments.get(1));
    if (index.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(texts.get("entity." + segments.get(0)) + " " + (index.get() + 1));
    Function<Programme, List<String>> names = NAMES.get(segments.get(0));
    programme.filter(p -> names != null).map(names::apply).filter(list -> index.get() < list.size())
        .map(list -> list.get(index.get())).ifPresent(name -> text.append(", ").append(name));
    if (segments.size() >= 4) {
      Optional<String> inner = texts.find("entity." + segments.get(0) + "." + segments.get(2));
      Optional<Integer> innerIndex = index(segments.get(3));
      if (inner.isPresent() && innerIndex.isPresent()) {
        text.append(" › ").append(inner.get()).append(' ').append(innerIndex.get() + 1);
      }
    }
    return Optional.of(text.toString());
  }

  private static Optional<Integer> index(String segment) {
    if (segment.isEmpty() || segment.length() > 9 || !segment.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(segment));
  }
}
