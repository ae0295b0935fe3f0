package dev.kansen.examples;

import dev.kansen.analysis.Disclosure;
import dev.kansen.disclosure.LinkedDisclosure;
import dev.kansen.analysis.GrantFunding;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.analysis.PublishedFigure;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Allocation;
import dev.kansen.model.DateRange;
import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Intervention;
import dev.kansen.model.Measurement;
import dev.kansen.model.Money;
import dev.kansen.model.Municipality;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.model.QuantityQualifier;
import dev.kansen.model.Reach;
import dev.kansen.model.id.MunicipalityCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A readable plain-text listing of a programme, as the showcase prints it: municipalities, alliance membership, partners by
 * type with their roles, interventions by type and status with periods and reach, grants with
 * funder, recipient and allocations, goals and indicators. Dates are ISO-8601, amounts are written
 * like {@code EUR 50,000.00}.
 *
 * <p>The counts, the money per grant and the disclosure rule come from the one
 * {@link ProgrammeSummary} that the {@code kansen} command's summary and report use too: indicator
 * figures pass {@link Disclosure#standard()}, so a figure behind fewer than
 * {@link Disclosure#DEFAULT_THRESHOLD} pupils is not printed, since pupil data is published as
 * aggregates only.
 */
public final class ProgrammeListing {
  private static final String NONE = "-";

  private final Programme programme;
  private final ProgrammeSummary summary;
  private final StringBuilder out = new StringBuilder();

  private ProgrammeListing(Programme programme) {
    this.programme = programme;
    this.summary = LinkedDisclosure.summary(programme, Disclosure.DEFAULT_THRESHOLD);
  }

  /**
   * Lists a programme.
   *
   * @param programme the programme
   * @return the listing, lines ending with {@code \n}
   */
  public static String of(Programme programme) {
    return new ProgrammeListing(programme).write();
  }

  /**
   * Writes an amount of money with thousands separators and the currency's decimals.
   *
   * @param money the amount
   * @return e.g. {@code EUR 50,000.00}
   */
  public static String format(Money money) {
    return money.currency().getCurrencyCode() + " "
        + String.format(Locale.ROOT, "%,." + money.amount().scale() + "f", money.amount());
  }

  private String write() {
    String heading = programme.title();
    out.append(heading).append('\n').append("=".repeat(heading.length())).append('\n');
    out.append("Id      ").append(programme.id()).append('\n');
    out.append("Period  ").append(range(programme.period())).append('\n');
    if (!programme.themes().isEmpty()) {
      out.append("Themes  ").append(programme.themes().stream().map(Enum::name).collect(Collectors.joining(", ")))
          .append('\n');
    }
    municipalities();
    alliance();
    partners();
    interventions();
    grants();
    goals();
    indicators();
    return out.toString();
  }

  private void section(String title, int count) {
    out.append('\n').append(title).append(" (").append(count).append(")\n");
  }

  private void municipalities() {
    section("Municipalities", programme.municipalities().size());
    TextTable table = new TextTable("  ", false, false, false);
    for (Municipality m : programme.municipalities()) {
      table.row(m.code().value(), m.name(), m.province().displayName() + " (" + m.province().code().value() + ")");
    }
    table.appendTo(out);
  }

  private void alliance() {
    out.append('\n').append("Alliance: ").append(programme.alliance().name());
    programme.alliance().coordinator().ifPresent(id -> out.append(", coordinated by ").append(partnerName(id)));
    programme.alliance().launched().ifPresent(day -> out.append(", launched ").append(day));
    out.append('\n');
    TextTable table = new TextTable("  ", false, false, false);
    List<MunicipalityCode> listed = new ArrayList<>();
    for (Municipality m : programme.municipalities()) {
      listed.add(m.code());
      table.row(m.code().value(), m.name(), membership(m.code())
          .map(ProgrammeListing::joined)
          .orElse("join date not recorded"));
    }
    for (AllianceMembership member : programme.alliance().members()) {
      if (!listed.contains(member.municipality())) {
        table.row(member.municipality().value(), NONE, joined(member));
      }
    }
    table.appendTo(out);
  }

  private Optional<AllianceMembership> membership(MunicipalityCode code) {
    return programme.alliance().members().stream().filter(m -> m.municipality().equals(code)).findFirst();
  }

  private void partners() {
    section("Partners by type", summary.partnerCount());
    TextTable table = new TextTable("  ", false, false, false);
    programme.partners().stream()
        .sorted(Comparator.comparing(Partner::type))
        .forEach(p -> table.row(p.type().name(), p.name(), p.roles().isEmpty() ? NONE
            : p.roles().stream().map(PartnerRole::name).collect(Collectors.joining(", "))));
    table.appendTo(out);
  }

  private void interventions() {
    section("Interventions by type and status", summary.interventionCount());
    TextTable table = new TextTable("  ", false, false, false, false, false, false);
    table.row("Type", "Status", "Planned", "Actual", "Reach", "Title");
    programme.interventions().stream()
        .sorted(Comparator.comparing(Intervention::type).thenComparing(Intervention::status))
        .forEach(i -> table.row(i.type().name(), i.status().name(), range(i.planned()), actual(i), reach(i),
            i.title() + i.municipality().map(code -> " [" + municipalityName(code) + "]").orElse("")));
    table.appendTo(out);
  }

  private void grants() {
    section("Grants", programme.grants().size());
    if (programme.grants().isEmpty()) {
      String funders = programme.partners().stream().filter(p -> p.hasRole(PartnerRole.FUNDING))
          .map(Partner::name).collect(Collectors.joining(", "));
      out.append("  none recorded").append(funders.isEmpty() ? "" : "; funding partners without a recorded amount: "
          + funders).append('\n');
      return;
    }
    TextTable table = new TextTable("  ", false, false, false, true, true, true);
    table.row("Grant", "Funder -> Recipient", "Period", "Amount", "Allocated", "Unallocated");
    List<GrantFunding> funding = summary.funding().grants();
    for (int i = 0; i < programme.grants().size(); i++) {
      Grant g = programme.grants().get(i);
      GrantFunding f = funding.get(i);
      String unallocated = f.overAllocated().isZero() ? format(f.unallocated()) : "over by " + format(f.overAllocated());
      table.row(g.id(), partnerName(g.funder()) + " -> " + partnerName(g.recipient()), range(g.period()),
          g.amount().map(ProgrammeListing::format).orElse("not known"), format(f.allocated()), unallocated);
      for (Allocation a : g.allocations()) {
        table.row("", "  to " + interventionTitle(a.intervention()), "", format(a.amount()), "", "");
      }
    }
    table.appendTo(out);
  }

  private void goals() {
    section("Goals", programme.goals().size());
    for (Goal goal : programme.goals()) {
      out.append("  - ").append(goal.title()).append('\n');
      if (!goal.interventions().isEmpty()) {
        out.append("      interventions: ")
            .append(joined(goal.interventions(), this::interventionTitle)).append('\n');
      }
      if (!goal.indicators().isEmpty()) {
        out.append("      indicators: ").append(joined(goal.indicators(), this::indicatorTitle)).append('\n');
      }
    }
  }

  private void indicators() {
    section("Indicators", programme.indicators().size());
    if (programme.indicators().isEmpty()) {
      out.append("  none recorded\n");
      return;
    }
    for (Indicator indicator : programme.indicators()) {
      out.append("  - ").append(indicator.title()).append(" (").append(indicator.measure().name())
          .append(indicator.unit().map(u -> ", " + u).orElse(""))
          .append(indicator.ascending() ? ", higher is better" : ", lower is better").append(")\n");
      TextTable table = new TextTable("      ", false, false, false);
      indicator.baseline().ifPresent(b -> table.row(b.schoolYear().toString(), "baseline", figure(b)));
      for (IndicatorPeriod period : indicator.periods()) {
        period.target().ifPresent(t -> table.row(period.schoolYear().toString(), "target", figure(t)));
        period.actual().ifPresent(a -> table.row(period.schoolYear().toString(), "actual", figure(a)));
      }
      table.appendTo(out);
    }
  }

  private String figure(Measurement measurement) {
    PublishedFigure figure = summary.disclosure().figure(measurement);
    if (figure.suppressed()) {
      return "suppressed (" + figure.suppression().reason() + ")";
    }
    String value = figure.value().map(BigDecimal::toPlainString).orElse(NONE);
    String pupils = figure.pupils().isPresent() ? " (" + figure.pupils().getAsInt() + " pupils)" : "";
    return value + pupils + figure.comment().map(c -> "  " + c).orElse("");
  }

  private static String joined(AllianceMembership member) {
    String joined = member.joined().map(day -> "joined " + day)
        .orElse(member.knownBy().map(day -> "member by " + day).orElse("join date not known"));
    return joined + member.left().map(day -> ", left " + day).orElse("");
  }

  private static String range(Optional<DateRange> range) {
    return range.map(ProgrammeListing::range).orElse("not known");
  }

  private static String range(DateRange range) {
    return range.start().equals(range.end()) ? range.start().toString() : range.start() + ".." + range.end();
  }

  private static String qualified(Optional<QuantityQualifier> qualifier) {
    return qualifier.filter(q -> q != QuantityQualifier.EXACT)
        .map(q -> q.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " ").orElse("");
  }

  private static String actual(Intervention i) {
    if (i.actual().isPresent()) {
      return range(i.actual().get());
    }
    return i.actualStart().map(start -> "from " + start).orElse(NONE);
  }

  private static String reach(Intervention i) {
    List<String> parts = new ArrayList<>();
    i.plannedReach().ifPresent(r -> parts.add("planned " + qualified(i.plannedReachQualifier()) + words(r)));
    i.actualReach().ifPresent(r -> parts.add("actual " + qualified(i.actualReachQualifier()) + words(r)));
    return parts.isEmpty() ? NONE : String.join(", ", parts);
  }

  private static String words(Reach reach) {
    return reach.count() + " " + reach.unit().name().toLowerCase(Locale.ROOT);
  }

  private String partnerName(String id) {
    return programme.partner(id).map(Partner::name).orElse(id + " (unknown partner)");
  }

  private String interventionTitle(String id) {
    return programme.intervention(id).map(Intervention::title).orElse(id + " (unknown intervention)");
  }

  private String indicatorTitle(String id) {
    return programme.indicator(id).map(Indicator::title).orElse(id + " (unknown indicator)");
  }

  private String municipalityName(MunicipalityCode code) {
    return programme.municipalities().stream().filter(m -> m.code().equals(code)).map(Municipality::name)
        .findFirst().orElse(code.value());
  }

  private static String joined(List<String> ids, Function<String, String> name) {
    return ids.stream().map(name).collect(Collectors.joining("; "));
  }
}
