package dev.kansen.json.internal;

import static dev.kansen.json.internal.Property.defaulted;
import static dev.kansen.json.internal.Property.list;
import static dev.kansen.json.internal.Property.optional;
import static dev.kansen.json.internal.Property.optionalInt;
import static dev.kansen.json.internal.Property.required;
import static dev.kansen.json.internal.Property.set;
import static dev.kansen.json.internal.ValueCodecs.AREA_CODE;
import static dev.kansen.json.internal.ValueCodecs.BOOLEAN;
import static dev.kansen.json.internal.ValueCodecs.DATE;
import static dev.kansen.json.internal.ValueCodecs.DATE_RANGE;
import static dev.kansen.json.internal.ValueCodecs.FIGURE_SOURCE;
import static dev.kansen.json.internal.ValueCodecs.FORMAT;
import static dev.kansen.json.internal.ValueCodecs.IDENTIFIER;
import static dev.kansen.json.internal.ValueCodecs.INT32;
import static dev.kansen.json.internal.ValueCodecs.MONEY;
import static dev.kansen.json.internal.ValueCodecs.MUNICIPALITY_CODE;
import static dev.kansen.json.internal.ValueCodecs.NUMBER;
import static dev.kansen.json.internal.ValueCodecs.REACH;
import static dev.kansen.json.internal.ValueCodecs.SCHOOL_YEAR;
import static dev.kansen.json.internal.ValueCodecs.TEXT;
import static dev.kansen.json.internal.ValueCodecs.constant;

import dev.kansen.model.WireNames;
import dev.kansen.model.Alliance;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Allocation;
import dev.kansen.model.Baseline;
import dev.kansen.model.AdviceLevel;
import dev.kansen.model.Breakdown;
import dev.kansen.model.ContactPoint;
import dev.kansen.model.DocumentKind;
import dev.kansen.model.DocumentLink;
import dev.kansen.model.FigureStatus;
import dev.kansen.model.MethodBreak;
import dev.kansen.model.Phase;
import dev.kansen.model.ProgrammeRelation;
import dev.kansen.model.RelatedProgramme;
import dev.kansen.model.Dosage;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.BudgetStatus;
import dev.kansen.model.BudgetType;
import dev.kansen.model.CohortCell;
import dev.kansen.model.CohortTable;
import dev.kansen.model.EducationSector;
import dev.kansen.model.EvidenceLevel;
import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionSubtype;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Measure;
import dev.kansen.model.Municipality;
import dev.kansen.model.Observation;
import dev.kansen.model.ParentalEducation;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Participation;
import dev.kansen.model.ParticipationKind;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.model.Province;
import dev.kansen.model.Repayment;
import dev.kansen.model.Stakeholder;
import dev.kansen.model.ReferenceLevel;
import dev.kansen.model.ReferenceLevelCount;
import dev.kansen.model.ScoreBand;
import dev.kansen.model.QuantityQualifier;
import dev.kansen.model.TargetGroup;
import dev.kansen.model.TestDomain;
import dev.kansen.model.TestKind;
import dev.kansen.model.Theme;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionSubtype;
import dev.kansen.model.TransactionType;
import java.util.List;

/**
 * The property table of every object type of the wire format that keeps unknown properties: the
 * one place where the format's property names are written out, each once, in the order they are
 * written. {@link WireType} reads and writes them all; the JSON Schema is held against these
 * tables by a test.
 */
public final class WireTypes {
  /** The version of the wire format this library writes, and reads completely. */
  public static final String FORMAT_VERSION = ValueCodecs.FORMAT_VERSION;

  static final WireType<AllianceMembership.Builder, AllianceMembership> MEMBERSHIP = new WireType<>(
      "AllianceMembership", AllianceMembership::builder, AllianceMembership.Builder::build,
      AllianceMembership.Builder::putUnknownProperties, AllianceMembership::unknownProperties, List.of(
          required("municipality", MUNICIPALITY_CODE, AllianceMembership::municipality, AllianceMembership.Builder::municipality),
          optional("joined", DATE, AllianceMembership::joined, AllianceMembership.Builder::joined),
          optional("knownBy", DATE, AllianceMembership::knownBy, AllianceMembership.Builder::knownBy),
          optional("left", DATE, AllianceMembership::left, AllianceMembership.Builder::left)));

  /** The alliance. */
  public static final WireType<Alliance.Builder, Alliance> ALLIANCE = new WireType<>(
      "Alliance", Alliance::builder, Alliance.Builder::build,
      Alliance.Builder::putUnknownProperties, Alliance::unknownProperties, List.of(
          required("name", TEXT, Alliance::name, Alliance.Builder::name),
          optional("coordinator", TEXT, Alliance::coordinator, Alliance.Builder::coordinator),
          optional("launched", DATE, Alliance::launched, Alliance.Builder::launched),
          list(WireNames.MEMBERS, MEMBERSHIP, Alliance::members, Alliance.Builder::addAllMembers)));

  /** A municipality. */
  public static final WireType<Municipality.Builder, Municipality> MUNICIPALITY = new WireType<>(
      "Municipality", Municipality::builder, Municipality.Builder::build,
      Municipality.Builder::putUnknownProperties, Municipality::unknownProperties, List.of(
          required("code", MUNICIPALITY_CODE, Municipality::code, Municipality.Builder::code),
          required("name", TEXT, Municipality::name, Municipality.Builder::name),
          required("province", constant(Province.class), Municipality::province, Municipality.Builder::province)));

  static final WireType<ContactPoint.Builder, ContactPoint> CONTACT_POINT = new WireType<>(
      "ContactPoint", ContactPoint::builder, ContactPoint.Builder::build,
      ContactPoint.Builder::putUnknownProperties, ContactPoint::unknownProperties, List.of(
          required("role", TEXT, ContactPoint::role, ContactPoint.Builder::role),
          optional("email", TEXT, ContactPoint::email, ContactPoint.Builder::email),
          optional("telephone", TEXT, ContactPoint::telephone, ContactPoint.Builder::telephone),
          optional("name", TEXT, ContactPoint::name, ContactPoint.Builder::name)));

  /** A partner. */
  public static final WireType<Partner.Builder, Partner> PARTNER = new WireType<>(
      "Partner", Partner::builder, Partner.Builder::build,
      Partner.Builder::putUnknownProperties, Partner::unknownProperties, List.of(
          required("id", TEXT, Partner::id, Partner.Builder::id),
          required("name", TEXT, Partner::name, Partner.Builder::name),
          required("type", constant(OrganisationType.class), Partner::type, Partner.Builder::type),
          list("identifiers", IDENTIFIER, Partner::identifiers, Partner.Builder::addAllIdentifiers),
          set("sectors", constant(EducationSector.class), Partner::sectors, Partner.Builder::addAllSectors),
          set("roles", constant(PartnerRole.class), Partner::roles, Partner.Builder::addAllRoles),
          optional("partOf", TEXT, Partner::partOf, Partner.Builder::partOf),
          optional("municipality", MUNICIPALITY_CODE, Partner::municipality, Partner.Builder::municipality),
          optional("description", TEXT, Partner::description, Partner.Builder::description),
          list(WireNames.CONTACT_POINTS, CONTACT_POINT, Partner::contactPoints, Partner.Builder::addAllContactPoints),
          optionalInt("organisations", Partner::organisations, Partner.Builder::organisations),
          optional("period", DATE_RANGE, Partner::period, Partner.Builder::period),
          list("areas", AREA_CODE, Partner::areas, Partner.Builder::addAllAreas)));

  /** A goal. */
  public static final WireType<Goal.Builder, Goal> GOAL = new WireType<>(
      "Goal", Goal::builder, Goal.Builder::build, Goal.Builder::putUnknownProperties, Goal::unknownProperties, List.of(
          required("id", TEXT, Goal::id, Goal.Builder::id),
          required("title", TEXT, Goal::title, Goal.Builder::title),
          optional("description", TEXT, Goal::description, Goal.Builder::description),
          set("themes", constant(Theme.class), Goal::themes, Goal.Builder::addAllThemes),
          list(WireNames.INTERVENTIONS, TEXT, Goal::interventions, Goal.Builder::addAllInterventions),
          list(WireNames.INDICATORS, TEXT, Goal::indicators, Goal.Builder::addAllIndicators)));

  static final WireType<TargetGroup.Builder, TargetGroup> TARGET_GROUP = new WireType<>(
      "TargetGroup", TargetGroup::builder, TargetGroup.Builder::build,
      TargetGroup.Builder::putUnknownProperties, TargetGroup::unknownProperties, List.of(
          optional("ages", ValueCodecs.AGE_RANGE, TargetGroup::ages, TargetGroup.Builder::ages),
          set("groups", INT32, TargetGroup::groups, TargetGroup.Builder::addAllGroups),
          set("sectors", constant(EducationSector.class), TargetGroup::sectors, TargetGroup.Builder::addAllSectors),
          optional("description", TEXT, TargetGroup::description, TargetGroup.Builder::description),
          optionalInt("minAgeMonths", TargetGroup::minAgeMonths, TargetGroup.Builder::minAgeMonths),
          optionalInt("maxAgeMonths", TargetGroup::maxAgeMonths, TargetGroup.Builder::maxAgeMonths)));

  static final WireType<Dosage.Builder, Dosage> DOSAGE = new WireType<>(
      "Dosage", Dosage::builder, Dosage.Builder::build,
      Dosage.Builder::putUnknownProperties, Dosage::unknownProperties, List.of(
          optional("hoursPerWeek", NUMBER, Dosage::hoursPerWeek, Dosage.Builder::hoursPerWeek),
          optional("totalHours", NUMBER, Dosage::totalHours, Dosage.Builder::totalHours),
          optionalInt("months", Dosage::months, Dosage.Builder::months)));

  /** An intervention. */
  public static final WireType<Intervention.Builder, Intervention> INTERVENTION = new WireType<>(
      "Intervention", Intervention::builder, Intervention.Builder::build,
      Intervention.Builder::putUnknownProperties, Intervention::unknownProperties, List.of(
          required("id", TEXT, Intervention::id, Intervention.Builder::id),
          required("title", TEXT, Intervention::title, Intervention.Builder::title),
          optional("description", TEXT, Intervention::description, Intervention.Builder::description),
          required("type", constant(InterventionType.class), Intervention::type, Intervention.Builder::type),
          set("themes", constant(Theme.class), Intervention::themes, Intervention.Builder::addAllThemes),
          optional("targetGroup", TARGET_GROUP, Intervention::targetGroup, Intervention.Builder::targetGroup),
          optional("municipality", MUNICIPALITY_CODE, Intervention::municipality, Intervention.Builder::municipality),
          optional("lead", TEXT, Intervention::lead, Intervention.Builder::lead),
          list("participants", TEXT, Intervention::participants, Intervention.Builder::addAllParticipants),
          optional("planned", DATE_RANGE, Intervention::planned, Intervention.Builder::planned),
          optional("actualStart", DATE, Intervention::actualStart, Intervention.Builder::actualStart),
          optional("actualEnd", DATE, Intervention::actualEnd, Intervention.Builder::actualEnd),
          required("status", constant(InterventionStatus.class), Intervention::status, Intervention.Builder::status),
          optional("statusDate", DATE, Intervention::statusDate, Intervention.Builder::statusDate),
          optional("plannedReach", REACH, Intervention::plannedReach, Intervention.Builder::plannedReach),
          optional("actualReach", REACH, Intervention::actualReach, Intervention.Builder::actualReach),
          defaulted("evidence", constant(EvidenceLevel.class), Intervention::evidence, Intervention.Builder::evidence),
          optional("evidenceSource", TEXT, Intervention::evidenceSource, Intervention.Builder::evidenceSource),
          optional("subtype", constant(InterventionSubtype.class), Intervention::subtype, Intervention.Builder::subtype),
          optional("eligiblePopulation", REACH, Intervention::eligiblePopulation, Intervention.Builder::eligiblePopulation),
          optional("dosage", DOSAGE, Intervention::dosage, Intervention.Builder::dosage),
          optional("plannedReachQualifier", constant(QuantityQualifier.class), Intervention::plannedReachQualifier,
              Intervention.Builder::plannedReachQualifier),
          optional("actualReachQualifier", constant(QuantityQualifier.class), Intervention::actualReachQualifier,
              Intervention.Builder::actualReachQualifier),
          list("areas", AREA_CODE, Intervention::areas, Intervention.Builder::addAllAreas)));

  static final WireType<Allocation.Builder, Allocation> ALLOCATION = new WireType<>(
      "Allocation", Allocation::builder, Allocation.Builder::build,
      Allocation.Builder::putUnknownProperties, Allocation::unknownProperties, List.of(
          required("intervention", TEXT, Allocation::intervention, Allocation.Builder::intervention),
          required("amount", MONEY, Allocation::amount, Allocation.Builder::amount)));

  static final WireType<BudgetLine.Builder, BudgetLine> BUDGET_LINE = new WireType<>(
      "BudgetLine", BudgetLine::builder, BudgetLine.Builder::build,
      BudgetLine.Builder::putUnknownProperties, BudgetLine::unknownProperties, List.of(
          required("period", DATE_RANGE, BudgetLine::period, BudgetLine.Builder::period),
          required("amount", MONEY, BudgetLine::amount, BudgetLine.Builder::amount),
          defaulted("type", constant(BudgetType.class), BudgetLine::type, BudgetLine.Builder::type),
          defaulted("status", constant(BudgetStatus.class), BudgetLine::status, BudgetLine.Builder::status),
          optional("category", TEXT, BudgetLine::category, BudgetLine.Builder::category)));

  static final WireType<Transaction.Builder, Transaction> TRANSACTION = new WireType<>(
      "Transaction", Transaction::builder, Transaction.Builder::build,
      Transaction.Builder::putUnknownProperties, Transaction::unknownProperties, List.of(
          required("type", constant(TransactionType.class), Transaction::type, Transaction.Builder::type),
          required("date", DATE, Transaction::date, Transaction.Builder::date),
          required("amount", MONEY, Transaction::amount, Transaction.Builder::amount),
          optional("intervention", TEXT, Transaction::intervention, Transaction.Builder::intervention),
          optional("description", TEXT, Transaction::description, Transaction.Builder::description),
          optional("subtype", constant(TransactionSubtype.class), Transaction::subtype, Transaction.Builder::subtype),
          optional("category", TEXT, Transaction::category, Transaction.Builder::category)));

  static final WireType<Repayment.Builder, Repayment> REPAYMENT = new WireType<>(
      "Repayment", Repayment::builder, Repayment.Builder::build,
      Repayment.Builder::putUnknownProperties, Repayment::unknownProperties, List.of(
          required("date", DATE, Repayment::date, Repayment.Builder::date),
          required("amount", MONEY, Repayment::amount, Repayment.Builder::amount),
          optional("category", TEXT, Repayment::category, Repayment.Builder::category),
          optional("description", TEXT, Repayment::description, Repayment.Builder::description)));

  /** A grant. */
  public static final WireType<Grant.Builder, Grant> GRANT = new WireType<>(
      "Grant", Grant::builder, Grant.Builder::build, Grant.Builder::putUnknownProperties, Grant::unknownProperties, List.of(
          required("id", TEXT, Grant::id, Grant.Builder::id),
          required("funder", TEXT, Grant::funder, Grant.Builder::funder),
          required("recipient", TEXT, Grant::recipient, Grant.Builder::recipient),
          optional("amount", MONEY, Grant::amount, Grant.Builder::amount),
          optional("period", DATE_RANGE, Grant::period, Grant.Builder::period),
          optional("purpose", TEXT, Grant::purpose, Grant.Builder::purpose),
          list("allocations", ALLOCATION, Grant::allocations, Grant.Builder::addAllAllocations),
          list("budgets", BUDGET_LINE, Grant::budgets, Grant.Builder::addAllBudgets),
          list("transactions", TRANSACTION, Grant::transactions, Grant.Builder::addAllTransactions),
          optional("scheme", TEXT, Grant::scheme, Grant.Builder::scheme),
          optionalInt("year", Grant::year, Grant.Builder::year),
          optional("coFinancing", MONEY, Grant::coFinancing, Grant.Builder::coFinancing),
          optional("carriedOver", MONEY, Grant::carriedOver, Grant.Builder::carriedOver),
          list(WireNames.REPAYMENTS, REPAYMENT, Grant::repayments, Grant.Builder::addAllRepayments)));

  static final WireType<Breakdown.Builder, Breakdown> BREAKDOWN = new WireType<>(
      "Breakdown", Breakdown::builder, Breakdown.Builder::build,
      Breakdown.Builder::putUnknownProperties, Breakdown::unknownProperties, List.of(
          required("dimension", TEXT, Breakdown::dimension, Breakdown.Builder::dimension),
          required("category", TEXT, Breakdown::category, Breakdown.Builder::category),
          optional("value", NUMBER, Breakdown::value, Breakdown.Builder::value),
          optionalInt("pupils", Breakdown::pupils, Breakdown.Builder::pupils),
          optional("area", AREA_CODE, Breakdown::area, Breakdown.Builder::area),
          optional("partner", TEXT, Breakdown::partner, Breakdown.Builder::partner)));

  static final WireType<Baseline.Builder, Baseline> BASELINE = new WireType<>(
      "Baseline", Baseline::builder, Baseline.Builder::build,
      Baseline.Builder::putUnknownProperties, Baseline::unknownProperties, List.of(
          required("schoolYear", SCHOOL_YEAR, Baseline::schoolYear, Baseline.Builder::schoolYear),
          optional("value", NUMBER, Baseline::value, Baseline.Builder::value),
          optionalInt("pupils", Baseline::pupils, Baseline.Builder::pupils),
          optional("comment", TEXT, Baseline::comment, Baseline.Builder::comment),
          list("breakdowns", BREAKDOWN, Baseline::breakdowns, Baseline.Builder::addAllBreakdowns),
          optional("source", FIGURE_SOURCE, Baseline::source, Baseline.Builder::source),
          optional("measuredOn", DATE, Baseline::measuredOn, Baseline.Builder::measuredOn),
          optional("status", constant(FigureStatus.class), Baseline::status, Baseline.Builder::status),
          optional("valueQualifier", constant(QuantityQualifier.class), Baseline::valueQualifier,
              Baseline.Builder::valueQualifier),
          optional("area", AREA_CODE, Baseline::area, Baseline.Builder::area)));

  static final WireType<Observation.Builder, Observation> OBSERVATION = new WireType<>(
      "Observation", Observation::builder, Observation.Builder::build,
      Observation.Builder::putUnknownProperties, Observation::unknownProperties, List.of(
          optional("value", NUMBER, Observation::value, Observation.Builder::value),
          optionalInt("pupils", Observation::pupils, Observation.Builder::pupils),
          optional("comment", TEXT, Observation::comment, Observation.Builder::comment),
          list("breakdowns", BREAKDOWN, Observation::breakdowns, Observation.Builder::addAllBreakdowns),
          optional("source", FIGURE_SOURCE, Observation::source, Observation.Builder::source),
          optional("measuredOn", DATE, Observation::measuredOn, Observation.Builder::measuredOn),
          optional("status", constant(FigureStatus.class), Observation::status, Observation.Builder::status),
          optional("valueQualifier", constant(QuantityQualifier.class), Observation::valueQualifier,
              Observation.Builder::valueQualifier),
          optional("area", AREA_CODE, Observation::area, Observation.Builder::area)));

  static final WireType<IndicatorPeriod.Builder, IndicatorPeriod> INDICATOR_PERIOD = new WireType<>(
      "IndicatorPeriod", IndicatorPeriod::builder, IndicatorPeriod.Builder::build,
      IndicatorPeriod.Builder::putUnknownProperties, IndicatorPeriod::unknownProperties, List.of(
          required("schoolYear", SCHOOL_YEAR, IndicatorPeriod::schoolYear, IndicatorPeriod.Builder::schoolYear),
          optional("target", OBSERVATION, IndicatorPeriod::target, IndicatorPeriod.Builder::target),
          optional("actual", OBSERVATION, IndicatorPeriod::actual, IndicatorPeriod.Builder::actual)));

  static final WireType<MethodBreak.Builder, MethodBreak> METHOD_BREAK = new WireType<>(
      "MethodBreak", MethodBreak::builder, MethodBreak.Builder::build,
      MethodBreak.Builder::putUnknownProperties, MethodBreak::unknownProperties, List.of(
          required("schoolYear", SCHOOL_YEAR, MethodBreak::schoolYear, MethodBreak.Builder::schoolYear),
          required("description", TEXT, MethodBreak::description, MethodBreak.Builder::description)));

  static final WireType<Phase.Builder, Phase> PHASE = new WireType<>(
      "Phase", Phase::builder, Phase.Builder::build, Phase.Builder::putUnknownProperties, Phase::unknownProperties, List.of(
          required("title", TEXT, Phase::title, Phase.Builder::title),
          required("period", DATE_RANGE, Phase::period, Phase.Builder::period),
          optional("description", TEXT, Phase::description, Phase.Builder::description),
          list(WireNames.GOALS, TEXT, Phase::goals, Phase.Builder::addAllGoals)));

  static final WireType<RelatedProgramme.Builder, RelatedProgramme> RELATED_PROGRAMME = new WireType<>(
      "RelatedProgramme", RelatedProgramme::builder, RelatedProgramme.Builder::build,
      RelatedProgramme.Builder::putUnknownProperties, RelatedProgramme::unknownProperties, List.of(
          required("relation", constant(ProgrammeRelation.class), RelatedProgramme::relation,
              RelatedProgramme.Builder::relation),
          required("title", TEXT, RelatedProgramme::title, RelatedProgramme.Builder::title),
          optional("programme", TEXT, RelatedProgramme::programme, RelatedProgramme.Builder::programme)));

  static final WireType<DocumentLink.Builder, DocumentLink> DOCUMENT = new WireType<>(
      "DocumentLink", DocumentLink::builder, DocumentLink.Builder::build,
      DocumentLink.Builder::putUnknownProperties, DocumentLink::unknownProperties, List.of(
          required("title", TEXT, DocumentLink::title, DocumentLink.Builder::title),
          required("address", TEXT, DocumentLink::address, DocumentLink.Builder::address),
          optional("date", DATE, DocumentLink::date, DocumentLink.Builder::date),
          required("kind", constant(DocumentKind.class), DocumentLink::kind, DocumentLink.Builder::kind)));

  /** An indicator. */
  public static final WireType<Indicator.Builder, Indicator> INDICATOR = new WireType<>(
      "Indicator", Indicator::builder, Indicator.Builder::build,
      Indicator.Builder::putUnknownProperties, Indicator::unknownProperties, List.of(
          required("id", TEXT, Indicator::id, Indicator.Builder::id),
          required("title", TEXT, Indicator::title, Indicator.Builder::title),
          optional("description", TEXT, Indicator::description, Indicator.Builder::description),
          required("measure", constant(Measure.class), Indicator::measure, Indicator.Builder::measure),
          defaulted("ascending", BOOLEAN, Indicator::ascending, Indicator.Builder::ascending),
          optional("unit", TEXT, Indicator::unit, Indicator.Builder::unit),
          list(WireNames.INTERVENTIONS, TEXT, Indicator::interventions, Indicator.Builder::addAllInterventions),
          optional("baseline", BASELINE, Indicator::baseline, Indicator.Builder::baseline),
          list("periods", INDICATOR_PERIOD, Indicator::periods, Indicator.Builder::addAllPeriods),
          list(WireNames.METHOD_BREAKS, METHOD_BREAK, Indicator::methodBreaks, Indicator.Builder::addAllMethodBreaks),
          optional(WireNames.COHORT_TABLE, TEXT, Indicator::cohortTable, Indicator.Builder::cohortTable)));

  /** A participation: stakeholders consulted or taking part (format 1.1). */
  public static final WireType<Participation.Builder, Participation> PARTICIPATION = new WireType<>(
      "Participation", Participation::builder, Participation.Builder::build,
      Participation.Builder::putUnknownProperties, Participation::unknownProperties, List.of(
          required("id", TEXT, Participation::id, Participation.Builder::id),
          required("title", TEXT, Participation::title, Participation.Builder::title),
          required("kind", constant(ParticipationKind.class), Participation::kind, Participation.Builder::kind),
          set("stakeholders", constant(Stakeholder.class), Participation::stakeholders, Participation.Builder::addAllStakeholders),
          optional("date", DATE, Participation::date, Participation.Builder::date),
          optional("organiser", TEXT, Participation::organiser, Participation.Builder::organiser),
          list(WireNames.INTERVENTIONS, TEXT, Participation::interventions, Participation.Builder::addAllInterventions),
          optional("participants", REACH, Participation::participants, Participation.Builder::participants),
          optional("description", TEXT, Participation::description, Participation.Builder::description),
          optional("outcome", TEXT, Participation::outcome, Participation.Builder::outcome)));

  static final WireType<ScoreBand.Builder, ScoreBand> SCORE_BAND = new WireType<>(
      "ScoreBand", ScoreBand::builder, ScoreBand.Builder::build,
      ScoreBand.Builder::putUnknownProperties, ScoreBand::unknownProperties, List.of(
          required("lowest", INT32, ScoreBand::lowest, ScoreBand.Builder::lowest),
          required("highest", INT32, ScoreBand::highest, ScoreBand.Builder::highest),
          required("testAdvice", constant(AdviceLevel.class), ScoreBand::testAdvice, ScoreBand.Builder::testAdvice)));

  static final WireType<CohortCell.Builder, CohortCell> COHORT_CELL = new WireType<>(
      "CohortCell", CohortCell::builder, CohortCell.Builder::build,
      CohortCell.Builder::putUnknownProperties, CohortCell::unknownProperties, List.of(
          required("parentalEducation", constant(ParentalEducation.class), CohortCell::parentalEducation,
              CohortCell.Builder::parentalEducation),
          optional("band", TEXT, CohortCell::band, CohortCell.Builder::band),
          optional("testAdvice", constant(AdviceLevel.class), CohortCell::testAdvice, CohortCell.Builder::testAdvice),
          optional("provisionalAdvice", constant(AdviceLevel.class), CohortCell::provisionalAdvice,
              CohortCell.Builder::provisionalAdvice),
          required("schoolAdvice", constant(AdviceLevel.class), CohortCell::schoolAdvice, CohortCell.Builder::schoolAdvice),
          required("pupils", INT32, CohortCell::pupils, CohortCell.Builder::pupils),
          optionalInt("eligible", CohortCell::eligible, CohortCell.Builder::eligible),
          optionalInt("revised", CohortCell::revised, CohortCell.Builder::revised)));

  static final WireType<ReferenceLevelCount.Builder, ReferenceLevelCount> REFERENCE_LEVEL_COUNT = new WireType<>(
      "ReferenceLevelCount", ReferenceLevelCount::builder, ReferenceLevelCount.Builder::build,
      ReferenceLevelCount.Builder::putUnknownProperties, ReferenceLevelCount::unknownProperties, List.of(
          required("parentalEducation", constant(ParentalEducation.class), ReferenceLevelCount::parentalEducation,
              ReferenceLevelCount.Builder::parentalEducation),
          required("domain", constant(TestDomain.class), ReferenceLevelCount::domain, ReferenceLevelCount.Builder::domain),
          required("level", constant(ReferenceLevel.class), ReferenceLevelCount::level, ReferenceLevelCount.Builder::level),
          required("pupils", INT32, ReferenceLevelCount::pupils, ReferenceLevelCount.Builder::pupils)));

  /** A cohort table (wire format 1.1). */
  public static final WireType<CohortTable.Builder, CohortTable> COHORT_TABLE = new WireType<>(
      "CohortTable", CohortTable::builder, CohortTable.Builder::build,
      CohortTable.Builder::putUnknownProperties, CohortTable::unknownProperties, List.of(
          required("id", TEXT, CohortTable::id, CohortTable.Builder::id),
          required("schoolYear", SCHOOL_YEAR, CohortTable::schoolYear, CohortTable.Builder::schoolYear),
          required("municipality", MUNICIPALITY_CODE, CohortTable::municipality, CohortTable.Builder::municipality),
          optional("area", TEXT, CohortTable::area, CohortTable.Builder::area),
          required("test", constant(TestKind.class), CohortTable::test, CohortTable.Builder::test),
          optional("description", TEXT, CohortTable::description, CohortTable.Builder::description),
          optionalInt("pupils", CohortTable::pupils, CohortTable.Builder::pupils),
          list("bands", SCORE_BAND, CohortTable::bands, CohortTable.Builder::addAllBands),
          list("cells", COHORT_CELL, CohortTable::cells, CohortTable.Builder::addAllCells),
          list("levels", REFERENCE_LEVEL_COUNT, CohortTable::levels, CohortTable.Builder::addAllLevels)));

  /** A whole programme document, starting with its {@code formatVersion}. */
  public static final WireType<Programme.Builder, Programme> PROGRAMME = new WireType<>(
      "Programme", Programme::builder, Programme.Builder::build,
      Programme.Builder::putUnknownProperties, Programme::unknownProperties, List.of(
          required("formatVersion", FORMAT, p -> FORMAT_VERSION, (b, v) -> { }),
          required("id", TEXT, Programme::id, Programme.Builder::id),
          required("title", TEXT, Programme::title, Programme.Builder::title),
          optional("description", TEXT, Programme::description, Programme.Builder::description),
          required(WireNames.ALLIANCE, ALLIANCE, Programme::alliance, Programme.Builder::alliance),
          list(WireNames.MUNICIPALITIES, MUNICIPALITY, Programme::municipalities, Programme.Builder::addAllMunicipalities),
          optional("period", DATE_RANGE, Programme::period, Programme.Builder::period),
          list(WireNames.PARTNERS, PARTNER, Programme::partners, Programme.Builder::addAllPartners),
          set("themes", constant(Theme.class), Programme::themes, Programme.Builder::addAllThemes),
          list(WireNames.GOALS, GOAL, Programme::goals, Programme.Builder::addAllGoals),
          list(WireNames.INTERVENTIONS, INTERVENTION, Programme::interventions, Programme.Builder::addAllInterventions),
          list(WireNames.GRANTS, GRANT, Programme::grants, Programme.Builder::addAllGrants),
          list(WireNames.INDICATORS, INDICATOR, Programme::indicators, Programme.Builder::addAllIndicators),
          list(WireNames.PHASES, PHASE, Programme::phases, Programme.Builder::addAllPhases),
          list(WireNames.RELATED_PROGRAMMES, RELATED_PROGRAMME, Programme::relatedProgrammes,
              Programme.Builder::addAllRelatedProgrammes),
          list(WireNames.DOCUMENTS, DOCUMENT, Programme::documents, Programme.Builder::addAllDocuments),
          list(WireNames.CONTACT_POINTS, CONTACT_POINT, Programme::contactPoints, Programme.Builder::addAllContactPoints),
          list(WireNames.PARTICIPATION, PARTICIPATION, Programme::participation, Programme.Builder::addAllParticipation),
          list(WireNames.COHORT_TABLES, COHORT_TABLE, Programme::cohortTables, Programme.Builder::addAllCohortTables)));

  /** @return every table, the programme's first */
  public static List<WireType<?, ?>> all() {
    return List.of(PROGRAMME, ALLIANCE, MEMBERSHIP, MUNICIPALITY, PARTNER, GOAL, INTERVENTION, TARGET_GROUP, GRANT,
        ALLOCATION, BUDGET_LINE, TRANSACTION, INDICATOR, BASELINE, INDICATOR_PERIOD, OBSERVATION, BREAKDOWN,
        METHOD_BREAK, PHASE, RELATED_PROGRAMME, DOCUMENT, CONTACT_POINT,
        REPAYMENT, DOSAGE, PARTICIPATION,
        COHORT_TABLE, SCORE_BAND, COHORT_CELL, REFERENCE_LEVEL_COUNT);
  }

  private WireTypes() {}
}
