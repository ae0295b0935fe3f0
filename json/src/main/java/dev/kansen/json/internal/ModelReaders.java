package dev.kansen.json.internal;

import dev.kansen.validation.ReadCode;
import static dev.kansen.json.internal.Values.constant;

import dev.kansen.model.AgeRange;
import dev.kansen.model.Alliance;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Allocation;
import dev.kansen.model.Baseline;
import dev.kansen.model.Breakdown;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.BudgetStatus;
import dev.kansen.model.BudgetType;
import dev.kansen.model.DateRange;
import dev.kansen.model.EducationSector;
import dev.kansen.model.EvidenceLevel;
import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionType;
import dev.kansen.model.InvalidValueException;
import dev.kansen.model.Measure;
import dev.kansen.model.Money;
import dev.kansen.model.Municipality;
import dev.kansen.model.Observation;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.model.Province;
import dev.kansen.model.Reach;
import dev.kansen.model.ReachUnit;
import dev.kansen.model.SchoolYear;
import dev.kansen.model.TargetGroup;
import dev.kansen.model.Theme;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionType;
import dev.kansen.model.id.Identifier;
import dev.kansen.model.id.IdentifierScheme;
import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.validation.JsonPointer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-written readers of every type of the wire format, one method per type, with the
 * property names written out: the contract in code. Each reports what is wrong and goes on with
 * the next property, so one pass finds the failures of all siblings.
 */
public final class ModelReaders {
  /** The version of the wire format this reader writes and reads completely. */
  public static final String FORMAT_VERSION = "1.0";
  private static final int MAJOR = 1;
  private static final int MINOR = 0;
  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  private ModelReaders() {}

  /**
   * Reads a programme document: the top-level object with its {@code formatVersion}.
   *
   * @param s the read, at the document's first token
   * @param at the document's pointer (the root, or an element of a sequence)
   * @return the programme, or null when it is unusable (reported)
   * @throws IOException when the parser fails
   */
  public static Programme programme(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Programme");
    if (o == null) {
      return null;
    }
    Programme.Builder b = Programme.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "formatVersion" -> o.set(formatVersion(s, p), v -> { });
        case "id" -> o.set(Values.text(s, p), b::id);
        case "title" -> o.set(Values.text(s, p), b::title);
        case "description" -> o.set(Values.text(s, p), b::description);
        case "alliance" -> o.set(alliance(s, p), b::alliance);
        case "municipalities" -> o.set(Values.list(s, p, ModelReaders::municipality), b::addAllMunicipalities);
        case "period" -> o.set(dateRange(s, p), b::period);
        case "partners" -> o.set(Values.list(s, p, ModelReaders::partner), b::addAllPartners);
        case "themes" -> o.set(Values.set(s, p, constant(Theme.class)), b::addAllThemes);
        case "goals" -> o.set(Values.list(s, p, ModelReaders::goal), b::addAllGoals);
        case "interventions" -> o.set(Values.list(s, p, ModelReaders::intervention), b::addAllInterventions);
        case "grants" -> o.set(Values.list(s, p, ModelReaders::grant), b::addAllGrants);
        case "indicators" -> o.set(Values.list(s, p, ModelReaders::indicator), b::addAllIndicators);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    o.require("formatVersion", "id", "title", "alliance", "period");
    return o.build(b::build);
  }

  private static String formatVersion(ReadSession s, JsonPointer at) throws IOException {
    String text = Values.text(s, at);
    if (text == null) {
      return null;
    }
    Matcher m = VERSION.matcher(text);
    if (!m.matches()) {
      s.failAlone(ReadCode.INVALID_FORMAT_VERSION, at, s.parser().currentTokenLocation(),
          "formatVersion must be written MAJOR.MINOR, such as \"" + FORMAT_VERSION + "\", but was \""
              + InvalidValueException.shorten(text) + "\"");
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    if (major != MAJOR) {
      s.failAlone(ReadCode.UNSUPPORTED_FORMAT_VERSION, at, s.parser().currentTokenLocation(),
          "This document has formatVersion " + text + ", but this version of kansen reads format version "
              + MAJOR + ".x only" + (major > MAJOR ? "; upgrade kansen to read it" : ""));
    }
    if (minor > MINOR && !s.lenient()) {
      s.failAlone(ReadCode.UNSUPPORTED_FORMAT_VERSION, at, s.parser().currentTokenLocation(),
          "This document has formatVersion " + text + ", newer than " + FORMAT_VERSION
              + " which the strict reader reads; read it with KansenJson.lenient() to keep the newer properties");
    }
    return text;
  }

  static Alliance alliance(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Alliance");
    if (o == null) {
      return null;
    }
    Alliance.Builder b = Alliance.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "name" -> o.set(Values.text(s, p), b::name);
        case "coordinator" -> o.set(Values.text(s, p), b::coordinator);
        case "launched" -> o.set(Values.date(s, p), b::launched);
        case "members" -> o.set(Values.list(s, p, ModelReaders::membership), b::addAllMembers);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    o.require("name");
    return o.build(b::build);
  }

  static AllianceMembership membership(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "AllianceMembership");
    if (o == null) {
      return null;
    }
    AllianceMembership.Builder b = AllianceMembership.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "municipality" -> o.set(municipalityCode(s, p), b::municipality);
        case "joined" -> o.set(Values.date(s, p), b::joined);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    o.require("municipality", "joined");
    return o.build(b::build);
  }

  static Municipality municipality(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Municipality");
    if (o == null) {
      return null;
    }
    Municipality.Builder b = Municipality.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "code" -> o.set(municipalityCode(s, p), b::code);
        case "name" -> o.set(Values.text(s, p), b::name);
        case "province" -> o.set(constant(s, p, Province.class), b::province);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    o.require("code", "name", "province");
    return o.build(b::build);
  }

  static Partner partner(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Partner");
    if (o == null) {
      return null;
    }
    Partner.Builder b = Partner.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "id" -> o.set(Values.text(s, p), b::id);
        case "name" -> o.set(Values.text(s, p), b::name);
        case "type" -> o.set(constant(s, p, OrganisationType.class), b::type);
        case "identifiers" -> o.set(Values.list(s, p, ModelReaders::identifier), b::addAllIdentifiers);
        case "sectors" -> o.set(Values.set(s, p, constant(EducationSector.class)), b::addAllSectors);
        case "roles" -> o.set(Values.set(s, p, constant(PartnerRole.class)), b::addAllRoles);
        case "partOf" -> o.set(Values.text(s, p), b::partOf);
        case "municipality" -> o.set(municipalityCode(s, p), b::municipality);
        case "description" -> o.set(Values.text(s, p), b::description);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    o.require("id", "name", "type");
    return o.build(b::build);
  }

  static Goal goal(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Goal");
    if (o == null) {
      return null;
    }
    Goal.Builder b = Goal.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "id" -> o.set(Values.text(s, p), b::id);
        case "title" -> o.set(Values.text(s, p), b::title);
        case "description" -> o.set(Values.text(s, p), b::description);
        case "themes" -> o.set(Values.set(s, p, constant(Theme.class)), b::addAllThemes);
        case "interventions" -> o.set(Values.list(s, p, Values::text), b::addAllInterventions);
        case "indicators" -> o.set(Values.list(s, p, Values::text), b::addAllIndicators);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    o.require("id", "title");
    return o.build(b::build);
  }

  static Intervention intervention(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Intervention");
    if (o == null) {
      return null;
    }
    Intervention.Builder b = Intervention.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "id" -> o.set(Values.text(s, p), b::id);
        case "title" -> o.set(Values.text(s, p), b::title);
        case "description" -> o.set(Values.text(s, p), b::description);
        case "type" -> o.set(constant(s, p, InterventionType.class), b::type);
        case "themes" -> o.set(Values.set(s, p, constant(Theme.class)), b::addAllThemes);
        case "targetGroup" -> o.set(targetGroup(s, p), b::targetGroup);
        case "municipality" -> o.set(municipalityCode(s, p), b::municipality);
        case "lead" -> o.set(Values.text(s, p), b::lead);
        case "participants" -> o.set(Values.list(s, p, Values::text), b::addAllParticipants);
        case "planned" -> o.set(dateRange(s, p), b::planned);
        case "actualStart" -> o.set(Values.date(s, p), b::actualStart);
        case "actualEnd" -> o.set(Values.date(s, p), b::actualEnd);
        case "status" -> o.set(constant(s, p, InterventionStatus.class), b::status);
        case "statusDate" -> o.set(Values.date(s, p), b::statusDate);
        case "plannedReach" -> o.set(reach(s, p), b::plannedReach);
        case "actualReach" -> o.set(reach(s, p), b::actualReach);
        case "evidence" -> o.set(constant(s, p, EvidenceLevel.class), b::evidence);
        case "evidenceSource" -> o.set(Values.text(s, p), b::evidenceSource);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    o.require("id", "title", "type", "lead", "planned", "status");
    return o.build(b::build);
  }

  static TargetGroup targetGroup(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "TargetGroup");
    if (o == null) {
      return null;
    }
    TargetGroup.Builder b = TargetGroup.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "ages" -> o.set(ageRange(s, p), b::ages);
        case "groups" -> o.set(Values.set(s, p, Values::int32), b::addAllGroups);
        case "sectors" -> o.set(Values.set(s, p, constant(EducationSector.class)), b::addAllSectors);
        case "description" -> o.set(Values.text(s, p), b::description);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    return o.build(b::build);
  }

  static Grant grant(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Grant");
    if (o == null) {
      return null;
    }
    Grant.Builder b = Grant.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "id" -> o.set(Values.text(s, p), b::id);
        case "funder" -> o.set(Values.text(s, p), b::funder);
        case "recipient" -> o.set(Values.text(s, p), b::recipient);
        case "amount" -> o.set(money(s, p), b::amount);
        case "period" -> o.set(dateRange(s, p), b::period);
        case "purpose" -> o.set(Values.text(s, p), b::purpose);
        case "allocations" -> o.set(Values.list(s, p, ModelReaders::allocation), b::addAllAllocations);
        case "budgets" -> o.set(Values.list(s, p, ModelReaders::budgetLine), b::addAllBudgets);
        case "transactions" -> o.set(Values.list(s, p, ModelReaders::transaction), b::addAllTransactions);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    o.require("id", "funder", "recipient", "amount", "period");
    return o.build(b::build);
  }

  static Allocation allocation(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Allocation");
    if (o == null) {
      return null;
    }
    Allocation.Builder b = Allocation.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "intervention" -> o.set(Values.text(s, p), b::intervention);
        case "amount" -> o.set(money(s, p), b::amount);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    o.require("intervention", "amount");
    return o.build(b::build);
  }

  static BudgetLine budgetLine(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "BudgetLine");
    if (o == null) {
      return null;
    }
    BudgetLine.Builder b = BudgetLine.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "period" -> o.set(dateRange(s, p), b::period);
        case "amount" -> o.set(money(s, p), b::amount);
        case "type" -> o.set(constant(s, p, BudgetType.class), b::type);
        case "status" -> o.set(constant(s, p, BudgetStatus.class), b::status);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    o.require("period", "amount");
    return o.build(b::build);
  }

  static Transaction transaction(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Transaction");
    if (o == null) {
      return null;
    }
    Transaction.Builder b = Transaction.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "type" -> o.set(constant(s, p, TransactionType.class), b::type);
        case "date" -> o.set(Values.date(s, p), b::date);
        case "amount" -> o.set(money(s, p), b::amount);
        case "intervention" -> o.set(Values.text(s, p), b::intervention);
        case "description" -> o.set(Values.text(s, p), b::description);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    o.require("type", "date", "amount");
    return o.build(b::build);
  }

  static Indicator indicator(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Indicator");
    if (o == null) {
      return null;
    }
    Indicator.Builder b = Indicator.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "id" -> o.set(Values.text(s, p), b::id);
        case "title" -> o.set(Values.text(s, p), b::title);
        case "description" -> o.set(Values.text(s, p), b::description);
        case "measure" -> o.set(constant(s, p, Measure.class), b::measure);
        case "ascending" -> o.set(Values.bool(s, p), b::ascending);
        case "unit" -> o.set(Values.text(s, p), b::unit);
        case "interventions" -> o.set(Values.list(s, p, Values::text), b::addAllInterventions);
        case "baseline" -> o.set(baseline(s, p), b::baseline);
        case "periods" -> o.set(Values.list(s, p, ModelReaders::indicatorPeriod), b::addAllPeriods);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    o.require("id", "title", "measure");
    return o.build(b::build);
  }

  static Baseline baseline(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Baseline");
    if (o == null) {
      return null;
    }
    Baseline.Builder b = Baseline.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "schoolYear" -> o.set(schoolYear(s, p), b::schoolYear);
        case "value" -> o.set(Values.number(s, p), b::value);
        case "pupils" -> o.set(Values.int32(s, p), b::pupils);
        case "comment" -> o.set(Values.text(s, p), b::comment);
        case "breakdowns" -> o.set(Values.list(s, p, ModelReaders::breakdown), b::addAllBreakdowns);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    o.require("schoolYear");
    return o.build(b::build);
  }

  static IndicatorPeriod indicatorPeriod(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "IndicatorPeriod");
    if (o == null) {
      return null;
    }
    IndicatorPeriod.Builder b = IndicatorPeriod.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "schoolYear" -> o.set(schoolYear(s, p), b::schoolYear);
        case "target" -> o.set(observation(s, p), b::target);
        case "actual" -> o.set(observation(s, p), b::actual);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    o.require("schoolYear");
    return o.build(b::build);
  }

  static Observation observation(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Observation");
    if (o == null) {
      return null;
    }
    Observation.Builder b = Observation.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "value" -> o.set(Values.number(s, p), b::value);
        case "pupils" -> o.set(Values.int32(s, p), b::pupils);
        case "comment" -> o.set(Values.text(s, p), b::comment);
        case "breakdowns" -> o.set(Values.list(s, p, ModelReaders::breakdown), b::addAllBreakdowns);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    return o.build(b::build);
  }

  static Breakdown breakdown(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Breakdown");
    if (o == null) {
      return null;
    }
    Breakdown.Builder b = Breakdown.builder();
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "dimension" -> o.set(Values.text(s, p), b::dimension);
        case "category" -> o.set(Values.text(s, p), b::category);
        case "value" -> o.set(Values.number(s, p), b::value);
        case "pupils" -> o.set(Values.int32(s, p), b::pupils);
        default -> o.unknown(b::putUnknownProperties);
      }
    }
    o.require("dimension", "category");
    return o.build(b::build);
  }

  // Values without unknownProperties: an unknown property is refused in every mode, since it could not be kept.

  static Money money(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Money");
    if (o == null) {
      return null;
    }
    BigDecimal[] amount = new BigDecimal[1];
    Currency[] currency = new Currency[1];
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "amount" -> o.set(Values.decimalText(s, p), v -> amount[0] = v);
        case "currency" -> o.set(Values.parsed(s, p, Money::currency), v -> currency[0] = v);
        default -> o.rejectUnknown();
      }
    }
    o.require("amount", "currency");
    return o.build(() -> new Money(amount[0], currency[0]));
  }

  static DateRange dateRange(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "DateRange");
    if (o == null) {
      return null;
    }
    LocalDate[] range = new LocalDate[2];
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "start" -> o.set(Values.date(s, p), v -> range[0] = v);
        case "end" -> o.set(Values.date(s, p), v -> range[1] = v);
        default -> o.rejectUnknown();
      }
    }
    o.require("start", "end");
    return o.build(() -> new DateRange(range[0], range[1]));
  }

  static AgeRange ageRange(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "AgeRange");
    if (o == null) {
      return null;
    }
    int[] range = new int[2];
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "min" -> o.set(Values.int32(s, p), v -> range[0] = v);
        case "max" -> o.set(Values.int32(s, p), v -> range[1] = v);
        default -> o.rejectUnknown();
      }
    }
    o.require("min", "max");
    return o.build(() -> new AgeRange(range[0], range[1]));
  }

  static Reach reach(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Reach");
    if (o == null) {
      return null;
    }
    long[] count = new long[1];
    ReachUnit[] unit = new ReachUnit[1];
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "count" -> o.set(Values.integer(s, p, Long.MIN_VALUE, Long.MAX_VALUE), v -> count[0] = v);
        case "unit" -> o.set(constant(s, p, ReachUnit.class), v -> unit[0] = v);
        default -> o.rejectUnknown();
      }
    }
    o.require("count", "unit");
    return o.build(() -> new Reach(count[0], unit[0]));
  }

  static Identifier identifier(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, "Identifier");
    if (o == null) {
      return null;
    }
    IdentifierScheme[] scheme = new IdentifierScheme[1];
    String[] value = new String[1];
    while (o.next()) {
      JsonPointer p = o.at();
      switch (o.name()) {
        case "scheme" -> o.set(constant(s, p, IdentifierScheme.class), v -> scheme[0] = v);
        case "value" -> o.set(Values.text(s, p), v -> value[0] = v);
        default -> o.rejectUnknown();
      }
    }
    o.require("scheme", "value");
    return o.buildValue("value", () -> Identifier.of(scheme[0], value[0]));
  }

  static SchoolYear schoolYear(ReadSession s, JsonPointer at) throws IOException {
    return Values.parsed(s, at, SchoolYear::parse);
  }

  static MunicipalityCode municipalityCode(ReadSession s, JsonPointer at) throws IOException {
    return Values.parsed(s, at, MunicipalityCode::of);
  }
}
