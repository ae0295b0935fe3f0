package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * Where a figure comes from: a name, which is data — any source can be named — with constants for
 * the sources most figures of alliance programmes come from. Two sources are equal when their names
 * are.
 */
public final class FigureSource {
  /** DUO, Dienst Uitvoering Onderwijs: registers of pupils, schools and test results. */
  public static final FigureSource DUO = new FigureSource("DUO");
  /** CBS, Statistics Netherlands. */
  public static final FigureSource CBS = new FigureSource("CBS");
  /** The Inspectorate of Education (Inspectie van het Onderwijs). */
  public static final FigureSource INSPECTORATE = new FigureSource("INSPECTORATE");
  /** The school administration (leerlingadministratie) of the schools concerned. */
  public static final FigureSource SCHOOL_ADMINISTRATION = new FigureSource("SCHOOL_ADMINISTRATION");
  /** A survey of the programme's own. */
  public static final FigureSource OWN_SURVEY = new FigureSource("OWN_SURVEY");

  private static final List<FigureSource> WELL_KNOWN = List.of(DUO, CBS, INSPECTORATE, SCHOOL_ADMINISTRATION, OWN_SURVEY);

  private final String name;

  private FigureSource(String name) {
    Checks.text("FigureSource", "source", name);
    this.name = name;
  }

  /**
   * @param name the source's name: one of the constants' names, or any other name
   * @return the source; the constant where the name is one of theirs
   * @throws InvalidValueException when the name is blank
   */
  public static FigureSource of(String name) {
    Objects.requireNonNull(name, "FigureSource.name must not be null");
    for (int i = 0; i < WELL_KNOWN.size(); i++) {
      if (WELL_KNOWN.get(i).name.equals(name)) {
        return WELL_KNOWN.get(i);
      }
    }
    return new FigureSource(name);
  }

  /** @return the sources kansen names with a constant, in the order declared */
  public static List<FigureSource> wellKnown() {
    return WELL_KNOWN;
  }

  /** @return the source's name, as written in the wire format */
  public String name() {
    return name;
  }

  /** @return whether the source is one of the constants */
  public boolean isWellKnown() {
    return WELL_KNOWN.contains(this);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FigureSource s && s.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** @return the source's name */
  @Override
  public String toString() {
    return name;
  }
}
