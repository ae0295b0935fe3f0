package dev.kansen.cli.report;

import dev.kansen.cli.text.Texts;
import dev.kansen.model.DateRange;
import dev.kansen.model.Intervention;
import dev.kansen.model.Phase;
import dev.kansen.model.Programme;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The intervention timeline: one row per intervention, a hatched bar for the planned period and a
 * solid bar, coloured and labelled by status, for the period it actually ran (up to the as-of day
 * while it runs). Year ticks, as many as have room for their labels, and a line for the as-of day
 * give the scale. The phases of the action agenda, where the programme has any, are a row of
 * labelled bars below the interventions.
 */
final class TimelineSvg {
  private static final int WIDTH = 960;
  private static final int LABEL = 280;
  private static final int STATUS = 140;
  private static final int ROW = 30;
  private static final int TOP = 28;

  private TimelineSvg() {}

  static void render(HtmlWriter html, Programme programme, LocalDate asOf, String id, Texts t) {
    List<Intervention> rows = programme.interventions();
    Axis axis = new Axis(span(programme, asOf), LABEL, WIDTH - STATUS);
    List<Phase> phases = programme.phases();
    int height = TOP + (rows.size() + (phases.isEmpty() ? 0 : 1)) * ROW + 12;
    html.start("svg").attr("class", "chart timeline").attr("viewBox", "0 0 " + WIDTH + " " + height).attr("role", "img")
        .attr("aria-labelledby", id + "-title " + id + "-desc").attr("aria-label", title(programme, t)).newline()
        .start("title").attr("id", id + "-title").text(title(programme, t)).end("title").newline()
        .start("desc").attr("id", id + "-desc").text(description(programme, asOf, t)).end("desc").newline();
    html.start("defs").start("pattern").attr("id", id + "-hatch").attr("width", 6).attr("height", 6)
        .attr("patternUnits", "userSpaceOnUse").attr("patternTransform", "rotate(45)")
        .empty("rect").attr("width", 6).attr("height", 6).attr("fill", "#F3F4F6")
        .empty("line").attr("x1", 0).attr("y1", 0).attr("x2", 0).attr("y2", 6).attr("stroke", Palette.LIGHT_GREY)
        .attr("stroke-width", 3).end("pattern").end("defs").newline();

    int every = axis.yearsPerTick();
    int first = Math.floorDiv(axis.span.start().getYear() + every - 1, every) * every;
    for (int year = first; year <= axis.span.end().getYear(); year += every) {
      LocalDate jan1 = LocalDate.of(year, 1, 1);
      if (axis.span.contains(jan1)) {
        double x = axis.x(jan1);
        html.empty("line").attr("class", "grid").attr("x1", x).attr("y1", TOP - 8).attr("x2", x).attr("y2", height - 8)
            .start("text").attr("class", "tick").attr("x", x + 3).attr("y", TOP - 12).text(year).end("text").newline();
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      Intervention intervention = rows.get(i);
      int y = TOP + i * ROW;
      String colour = Palette.status(intervention.status());
      html.start("g").attr("class", "row").element("title", rowText(intervention, asOf, t))
          .start("text").attr("class", "label").attr("x", 0).attr("y", y + 19).text(Html.shorten(intervention.title(), 40))
          .end("text");
      intervention.planned().ifPresent(
          planned -> bar(html, planned, axis, y + 4, 22, "url(#" + id + "-hatch)", Palette.GREY, "planned"));
      actual(intervention, asOf).ifPresent(actual -> bar(html, actual, axis, y + 9, 12, colour, colour, "actual"));
      html.start("text").attr("class", "status").attr("x", axis.right + 10).attr("y", y + 19)
          .attr("fill", colour.equals(Palette.GREY) ? Palette.MUTED : colour).text(t.capitalised(intervention.status()))
          .end("text").end("g").newline();
    }
    phases(html, phases, axis, TOP + rows.size() * ROW, t);
    if (axis.span.contains(asOf)) {
      double x = axis.x(asOf);
      html.empty("line").attr("class", "today").attr("x1", x).attr("y1", TOP - 4).attr("x2", x).attr("y2", height - 4)
          .start("text").attr("class", "tick today-label").attr("x", x - 3).attr("y", height).attr("text-anchor", "end")
          .text(t.get("report.asOf", t.day(asOf))).end("text").newline();
    }
    html.end("svg");
  }

  /** Draws the phases of the action agenda as one row of labelled bars, below the interventions. */
  private static void phases(HtmlWriter html, List<Phase> phases, Axis axis, int y, Texts t) {
    if (phases.isEmpty()) {
      return;
    }
    html.start("g").attr("class", "phases").start("text").attr("class", "label").attr("x", 0).attr("y", y + 19)
        .text(t.get("agenda.phasesCaption")).end("text");
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      double x1 = axis.x(phase.period().start());
      double x2 = Math.max(axis.afterEnd(phase.period()), x1 + 2);
      html.start("g").attr("class", "phase").element("title", phaseText(phase, t))
          .empty("rect").attr("x", x1).attr("y", y + 4).attr("width", x2 - x1).attr("height", 22).attr("rx", 3)
          .attr("fill", i % 2 == 0 ? "#FFF4D6" : "#E3F1FA").attr("stroke", i % 2 == 0 ? Palette.ORANGE : Palette.SKY_BLUE)
          .start("text").attr("class", "tick").attr("x", x1 + 4).attr("y", y + 19)
          .text(Html.shorten(phase.title(), Math.max(1, (int) ((x2 - x1 - 8) / 6.5)))).end("text").end("g");
    }
    html.end("g").newline();
  }

  private static String phaseText(Phase phase, Texts t) {
    return t.get("timeline.phase", phase.title(), t.period(phase.period()));
  }

  /** @return the period an intervention actually ran, up to the as-of day while it still runs */
  static Optional<DateRange> actual(Intervention intervention, LocalDate asOf) {
    if (intervention.actualStart().isEmpty()) {
      return Optional.empty();
    }
    LocalDate start = intervention.actualStart().get();
    LocalDate end = intervention.actualEnd().orElse(asOf.isBefore(start) ? start : asOf);
    return Optional.of(DateRange.of(start, end));
  }

  private static DateRange span(Programme programme, LocalDate asOf) {
    LocalDate start = programme.period().map(DateRange::start).orElse(LocalDate.of(asOf.getYear(), 1, 1));
    LocalDate end = programme.period().map(DateRange::end).orElse(LocalDate.of(asOf.getYear(), 12, 31));
    for (Phase phase : programme.phases()) {
      start = min(start, phase.period().start());
      end = max(end, phase.period().end());
    }
    for (Intervention i : programme.interventions()) {
      if (i.planned().isPresent()) {
        start = min(start, i.planned().get().start());
        end = max(end, i.planned().get().end());
      }
      Optional<DateRange> actual = actual(i, asOf);
      if (actual.isPresent()) {
        start = min(start, actual.get().start());
        end = max(end, actual.get().end());
      }
    }
    return DateRange.of(start, end);
  }

  private static void bar(HtmlWriter html, DateRange range, Axis axis, int y, int h, String fill, String stroke, String kind) {
    double x1 = axis.x(range.start());
    double x2 = Math.max(axis.afterEnd(range), x1 + 2);
    html.empty("rect").attr("class", kind).attr("x", x1).attr("y", y).attr("width", x2 - x1).attr("height", h)
        .attr("rx", 3).attr("fill", fill).attr("stroke", stroke);
  }

  /** Places days across the plot, the whole span from the start of its first day to the end of its last. */
  private static final class Axis {
    /** The least room between two year ticks, for a label such as {@code 2024} with a gap. */
    private static final double TICK_ROOM = 40;

    private final DateRange span;
    private final int left;
    private final int right;
    private final double days;

    Axis(DateRange span, int left, int right) {
      this.span = span;
      this.left = left;
      this.right = right;
      this.days = ChronoUnit.DAYS.between(span.start(), span.end()) + 1.0;
    }

    /** @return the place where a day starts */
    double x(LocalDate date) {
      return at(ChronoUnit.DAYS.between(span.start(), date));
    }

    /** @return the place where a range's last day ends */
    double afterEnd(DateRange range) {
      return at(ChronoUnit.DAYS.between(span.start(), range.end()) + 1.0);
    }

    private double at(double day) {
      return left + (right - left) * day / days;
    }

    /** @return 1, 2 or 5 times a power of ten: every how many years a tick has room for its label */
    int yearsPerTick() {
      double perYear = (right - left) * 365.25 / days;
      for (int magnitude = 1; magnitude < 1_000_000_000; magnitude *= 10) {
        for (int step : new int[] {1, 2, 5}) {
          if (perYear * step * magnitude >= TICK_ROOM) {
            return step * magnitude;
          }
        }
      }
      return 1_000_000_000;
    }
  }

  private static String title(Programme programme, Texts t) {
    return t.get("timeline.title", t.count(programme.interventions().size(), "intervention"), programme.title());
  }

  private static String description(Programme programme, LocalDate asOf, Texts t) {
    StringBuilder b = new StringBuilder(t.get("timeline.description", t.date(asOf))).append(' ');
    for (Intervention i : programme.interventions()) {
      b.append(rowText(i, asOf, t)).append(". ");
    }
    for (Phase phase : programme.phases()) {
      b.append(phaseText(phase, t)).append(". ");
    }
    return b.toString().strip();
  }

  private static String rowText(Intervention i, LocalDate asOf, Texts t) {
    return i.title() + ": " + i.planned().map(p -> t.get("timeline.planned", t.date(p.start()), t.date(p.end())))
            .orElse(t.get("timeline.planned", t.get("summary.notKnown"), t.get("summary.notKnown")))
        + actual(i, asOf).map(a -> ", " + t.get("timeline.ran", t.date(a.start()),
            i.actualEnd().isPresent() ? t.date(a.end()) : t.get("timeline.now"))).orElse(", " + t.get("timeline.notStarted"))
        + ", " + t.label(i.status());
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
