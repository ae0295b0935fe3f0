package dev.kansen.cli.summary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kansen.analysis.IndicatorProgress;
import dev.kansen.analysis.IndicatorTrend;
import dev.kansen.analysis.PeriodProgress;
import dev.kansen.cli.text.Texts;
import dev.kansen.model.ContactPoint;
import dev.kansen.model.DocumentLink;
import dev.kansen.model.FigureSource;
import dev.kansen.model.Indicator;
import dev.kansen.model.Measure;
import dev.kansen.model.Measurement;
import dev.kansen.model.MethodBreak;
import dev.kansen.model.Partner;
import dev.kansen.model.Phase;
import dev.kansen.model.Programme;
import dev.kansen.model.RelatedProgramme;
import dev.kansen.model.SchoolYear;
import dev.kansen.model.WireNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The parts of a summary about time and sources (wire format 1.1), for {@link SummaryText},
 * {@link SummaryJson} and the report: the phases of the action agenda, related programmes,
 * documents, contact points, each figure's source and status, whether an indicator is on track and
 * its trend, and its breaks in method. Contact points are offices' addresses, never a private
 * person's data (see {@link ContactPoint}).
 */
public final class TimeAndSources {
  private TimeAndSources() {}

  /**
   * @param source a figure's source
   * @param texts the language
   * @return its name in words: {@code DUO}, {@code School administration}, or the name as written
   */
  public static String source(FigureSource source, Texts texts) {
    return texts.find("source." + source.name()).orElse(source.name());
  }

  /**
   * @param figure a figure
   * @param texts the language
   * @return its source, status and measurement date in words, such as {@code DUO, provisional,
   *     measured 2024-06-30}; empty when it states none of them
   */
  public static String mark(Measurement figure, Texts texts) {
    List<String> parts = new ArrayList<>();
    figure.source().ifPresent(s -> parts.add(source(s, texts)));
    figure.status().ifPresent(s -> parts.add(texts.label(s).toLowerCase(java.util.Locale.ROOT)));
    figure.measuredOn().ifPresent(d -> parts.add(texts.get("sources.measured", texts.date(d))));
    return String.join(", ", parts);
  }

  /**
   * @param contact a contact point
   * @return its role, official's name, e-mail address and telephone number in one line
   */
  public static String contact(ContactPoint contact) {
    List<String> parts = new ArrayList<>();
    parts.add(contact.role());
    contact.name().ifPresent(parts::add);
    contact.email().ifPresent(parts::add);
    contact.telephone().ifPresent(parts::add);
    return String.join(" · ", parts);
  }

  /**
   * @param progress an indicator's progress
   * @param measure the indicator's measure
   * @param texts the language
   * @return whether its latest actual is on track, and its trend, in words; empty when neither is known
   */
  public static String progress(IndicatorProgress progress, Measure measure, Texts texts) {
    List<String> parts = new ArrayList<>();
    progress.latestOnTrack().ifPresent(on -> parts.add(texts.get(on ? "track.on" : "track.off")));
    progress.trend().ifPresent(t -> parts.add(trend(t, measure, texts)));
    return String.join("; ", parts);
  }

  /**
   * @param trend a trend
   * @param measure the indicator's measure
   * @param texts the language
   * @return e.g. {@code trend +2.5 a school year 2019-2020 to 2021-2022 (improving), since the method change of 2023-2024}
   */
  public static String trend(IndicatorTrend trend, Measure measure, Texts texts) {
    String slope = (trend.slope().signum() > 0 ? "+" : "") + texts.figure(trend.slope())
        + (measure == Measure.PERCENTAGE ? " " + texts.get("trend.points") : "");
    return texts.get("trend.line", slope, trend.from(), trend.to(),
        texts.label(trend.direction()).toLowerCase(java.util.Locale.ROOT))
        + trend.since().map(s -> texts.get("trend.since", s)).orElse("");
  }

  /**
   * Writes the text lines of the programme's phases, related programmes, documents and contact points.
   *
   * @param programme the programme
   * @param texts the language
   * @param out receives each line
   */
  public static void text(Programme programme, Texts texts, Consumer<String> out) {
    if (!programme.phases().isEmpty()) {
      out.accept(texts.get("summary.phases"));
      for (Phase phase : programme.phases()) {
        out.accept("  " + phase.title() + ": " + texts.period(phase.period())
            + (phase.goals().isEmpty() ? "" : texts.get("summary.phaseGoals", String.join(", ", phase.goals()))));
      }
      out.accept("");
    }
    if (!programme.relatedProgrammes().isEmpty()) {
      out.accept(texts.get("summary.relatedProgrammes"));
      for (RelatedProgramme r : programme.relatedProgrammes()) {
        out.accept("  " + relation(r, texts) + ": " + r.title() + r.programme().map(id -> " (" + id + ")").orElse(""));
      }
      out.accept("");
    }
    if (!programme.documents().isEmpty()) {
      out.accept(texts.get("summary.documents"));
      for (DocumentLink d : programme.documents()) {
        out.accept("  " + texts.capitalised(d.kind()) + ": " + d.title() + d.date().map(x -> " (" + texts.date(x) + ")").orElse("")
            + " " + d.address());
      }
      out.accept("");
    }
    List<String> contacts = new ArrayList<>();
    programme.contactPoints().forEach(c -> contacts.add("  " + contact(c)));
    for (Partner partner : programme.partners()) {
      partner.contactPoints().forEach(c -> contacts.add("  " + partner.name() + ": " + contact(c)));
    }
    if (!contacts.isEmpty()) {
      out.accept(texts.get("summary.contactPoints"));
      contacts.forEach(out);
      out.accept("");
    }
  }

  /**
   * Writes the text lines about one indicator's sources, breaks in method and progress, their
   * words in the column of the summary's baseline, actual, target and progress.
   *
   * @param indicator the indicator
   * @param progress its progress
   * @param texts the language
   * @param out receives each line
   */
  public static void text(Indicator indicator, IndicatorProgress progress, Texts texts, Consumer<String> out) {
    String[] rows = {texts.get("summary.sourcesRow"), texts.get("summary.methodRow"), texts.get("summary.trackRow")};
    int width = java.util.stream.Stream.of(rows[0], rows[1], rows[2], texts.get("summary.baseline"),
        texts.get("summary.actual"), texts.get("summary.target"), texts.get("summary.progress"))
        .mapToInt(String::length).max().orElse(0) + 1;
    String sources = sources(indicator, progress, texts);
    if (!sources.isEmpty()) {
      out.accept("    " + pad(rows[0], width) + sources);
    }
    for (MethodBreak b : indicator.methodBreaks()) {
      out.accept("    " + pad(rows[1], width) + texts.get("summary.methodChanged", b.schoolYear(), b.description()));
    }
    String words = progress(progress, indicator.measure(), texts);
    if (!words.isEmpty()) {
      out.accept("    " + pad(rows[2], width) + words);
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(1, width - text.length()));
  }

  /** @return the marks of the baseline and the latest actual and target, as the summary shows them */
  private static String sources(Indicator indicator, IndicatorProgress progress, Texts texts) {
    List<String> parts = new ArrayList<>();
    indicator.baseline().map(b -> mark(b, texts)).filter(m -> !m.isEmpty())
        .ifPresent(m -> parts.add(texts.get("summary.baseline") + " " + m));
    progress.latestActual().flatMap(a -> figure(indicator, a.schoolYear(), true)).map(f -> mark(f, texts))
        .filter(m -> !m.isEmpty()).ifPresent(m -> parts.add(texts.get("summary.actual") + " " + m));
    progress.latestTarget().flatMap(t -> figure(indicator, t.schoolYear(), false)).map(f -> mark(f, texts))
        .filter(m -> !m.isEmpty()).ifPresent(m -> parts.add(texts.get("summary.target") + " " + m));
    return String.join("; ", parts);
  }

  private static Optional<? extends Measurement> figure(Indicator indicator, SchoolYear year, boolean actual) {
    return indicator.periods().stream().filter(p -> p.schoolYear().equals(year))
        .map(p -> actual ? p.actual() : p.target()).flatMap(Optional::stream).findFirst();
  }

  /**
   * Adds the programme's phases, related programmes, documents and contact points to the summary's JSON.
   *
   * @param root the summary's JSON object
   * @param programme the programme
   */
  public static void json(ObjectNode root, Programme programme) {
    ArrayNode phases = root.putArray(WireNames.PHASES);
    for (Phase phase : programme.phases()) {
      ObjectNode o = phases.addObject();
      o.put("title", phase.title());
      o.put("start", phase.period().start().toString());
      o.put("end", phase.period().end().toString());
      ArrayNode goals = o.putArray(WireNames.GOALS);
      phase.goals().forEach(goals::add);
    }
    ArrayNode related = root.putArray(WireNames.RELATED_PROGRAMMES);
    for (RelatedProgramme r : programme.relatedProgrammes()) {
      ObjectNode o = related.addObject();
      o.put("relation", r.relation().name());
      o.put("title", r.title());
      r.programme().ifPresent(id -> o.put("programme", id));
    }
    ArrayNode documents = root.putArray(WireNames.DOCUMENTS);
    for (DocumentLink d : programme.documents()) {
      ObjectNode o = documents.addObject();
      o.put("kind", d.kind().name());
      o.put("title", d.title());
      o.put("address", d.address());
      d.date().ifPresent(x -> o.put("date", x.toString()));
    }
    ArrayNode contacts = root.putArray(WireNames.CONTACT_POINTS);
    programme.contactPoints().forEach(c -> contact(contacts.addObject(), c));
    for (Partner partner : programme.partners()) {
      partner.contactPoints().forEach(c -> contact(contacts.addObject(), c).put("partner", partner.id()));
    }
  }

  private static ObjectNode contact(ObjectNode o, ContactPoint c) {
    o.put("role", c.role());
    c.name().ifPresent(x -> o.put("name", x));
    c.email().ifPresent(x -> o.put("email", x));
    c.telephone().ifPresent(x -> o.put("telephone", x));
    return o;
  }

  /**
   * Adds an indicator's on-track judgement, trend and breaks in method to its summary JSON object.
   *
   * @param o the indicator's JSON object
   * @param indicator the indicator
   * @param progress its progress
   */
  public static void json(ObjectNode o, Indicator indicator, IndicatorProgress progress) {
    progress.latestOnTrack().ifPresentOrElse(on -> o.put("onTrack", on), () -> o.putNull("onTrack"));
    Optional<PeriodProgress> latest = progress.periods().stream().filter(p -> p.actual().isPresent())
        .reduce((a, b) -> b);
    latest.flatMap(PeriodProgress::expected).ifPresentOrElse(v -> o.set("expected", DecimalNode.valueOf(v)),
        () -> o.putNull("expected"));
    progress.trend().ifPresentOrElse(t -> {
      ObjectNode trend = o.putObject("trend");
      trend.put("from", t.from().toString());
      trend.put("to", t.to().toString());
      trend.put("points", t.points());
      trend.set("slope", DecimalNode.valueOf(t.slope()));
      trend.put("direction", t.direction().name());
      t.since().ifPresent(s -> trend.put("since", s.toString()));
    }, () -> o.putNull("trend"));
    ArrayNode breaks = o.putArray(WireNames.METHOD_BREAKS);
    for (MethodBreak b : indicator.methodBreaks()) {
      breaks.addObject().put("schoolYear", b.schoolYear().toString()).put("description", b.description());
    }
  }

  /**
   * Adds a figure's source, measurement date and status to its JSON object in the summary's figures.
   *
   * @param o the figure's JSON object
   * @param figure the figure
   */
  public static void json(ObjectNode o, Measurement figure) {
    figure.source().ifPresent(s -> o.put("source", s.name()));
    figure.measuredOn().ifPresent(d -> o.put("measuredOn", d.toString()));
    figure.status().ifPresent(s -> o.put("status", s.name()));
  }

  /**
   * @param relation a related programme
   * @param texts the language
   * @return how it relates, in words: {@code Predecessor}, {@code Umbrella programme}…
   */
  public static String relation(RelatedProgramme relation, Texts texts) {
    return texts.get("relation." + relation.relation().name());
  }
}
