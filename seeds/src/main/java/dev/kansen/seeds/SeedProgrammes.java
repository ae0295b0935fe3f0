package dev.kansen.seeds;

import dev.kansen.model.Programme;
import java.util.List;
import java.util.Optional;

/**
 * The programmes built from the two seed articles, in the order of their article dates: Limburg
 * (8 March 2018) and 's-Hertogenbosch (28 January 2021). The {@code kansen demo} command and the
 * golden files use them.
 */
public final class SeedProgrammes {
  private SeedProgrammes() {}

  /** @return both seed programmes, oldest article first, built anew on each call */
  public static List<Programme> all() {
    return List.of(Limburg2018.programme(), SHertogenbosch2021.programme());
  }

  /**
   * @param id a programme id, such as {@value Limburg2018#ID}
   * @return the seed programme with that id
   */
  public static Optional<Programme> byId(String id) {
    return all().stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
