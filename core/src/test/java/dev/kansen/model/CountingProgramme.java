package dev.kansen.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A programme that counts how often an element of its lists of partners, goals, interventions,
 * grants, indicators and municipalities is read, for tests that prove work linear in the size of a
 * programme by counting operations rather than timing them. It answers every accessor from the
 * programme it wraps, and builds its lookups by id once, from the counted lists, as a built programme does.
 */
public final class CountingProgramme extends Programme {
  private final Programme programme;
  private final AtomicLong reads = new AtomicLong();
  private final List<Partner> partners;
  private final List<Goal> goals;
  private final List<Intervention> interventions;
  private final List<Grant> grants;
  private final List<Indicator> indicators;
  private final List<Municipality> municipalities;
  private ProgrammeLookup lookup;

  private CountingProgramme(Programme programme) {
    this.programme = programme;
    this.partners = counting(programme.partners());
    this.goals = counting(programme.goals());
    this.interventions = counting(programme.interventions());
    this.grants = counting(programme.grants());
    this.indicators = counting(programme.indicators());
    this.municipalities = counting(programme.municipalities());
  }

  /**
   * @param programme the programme to count reads of
   * @return a programme equal in content that counts reads of its lists' elements
   */
  public static CountingProgramme of(Programme programme) {
    return new CountingProgramme(programme);
  }

  /** @return how many list elements were read since this programme was made or last reset */
  public long reads() {
    return reads.get();
  }

  /** Sets the count back to zero. */
  public void reset() {
    reads.set(0);
  }

  /** @return the number of elements in the counted lists: the size work is measured against */
  public int elements() {
    return partners.size() + goals.size() + interventions.size() + grants.size() + indicators.size()
        + municipalities.size();
  }

  private <T> List<T> counting(List<T> list) {
    return new AbstractList<>() {
      @Override
      public T get(int index) {
        reads.incrementAndGet();
        return list.get(index);
      }

      @Override
      public int size() {
        return list.size();
      }
    };
  }

  /** Builds the lookups once, from the counted lists, as the generated value does. */
  @Override
  synchronized ProgrammeLookup lookup() {
    if (lookup == null) {
      lookup = ProgrammeLookup.of(this);
    }
    return lookup;
  }

  @Override
  public String id() {
    return programme.id();
  }

  @Override
  public String title() {
    return programme.title();
  }

  @Override
  public Optional<String> description() {
    return programme.description();
  }

  @Override
  public Alliance alliance() {
    return programme.alliance();
  }

  @Override
  public List<Municipality> municipalities() {
    return municipalities;
  }

  @Override
  public java.util.Optional<DateRange> period() {
    return programme.period();
  }

  @Override
  public List<Partner> partners() {
    return partners;
  }

  @Override
  public Set<Theme> themes() {
    return programme.themes();
  }

  @Override
  public List<Goal> goals() {
    return goals;
  }

  @Override
  public List<Intervention> interventions() {
    return interventions;
  }

  @Override
  public List<Grant> grants() {
    return grants;
  }

  @Override
  public List<Indicator> indicators() {
    return indicators;
  }

  @Override
  public List<Phase> phases() {
    return programme.phases();
  }

  @Override
  public List<RelatedProgramme> relatedProgrammes() {
    return programme.relatedProgrammes();
  }

  @Override
  public List<DocumentLink> documents() {
    return programme.documents();
  }

  @Override
  public List<ContactPoint> contactPoints() {
    return programme.contactPoints();
  }

  @Override
  public List<Participation> participation() {
    return programme.participation();
  }

  @Override
  public List<CohortTable> cohortTables() {
    return programme.cohortTables();
  }

  @Override
  Map<String, String> storedUnknownProperties() {
    return programme.storedUnknownProperties();
  }
}
