package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.kansen.model.AgeRange;
import dev.kansen.model.Alliance;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Allocation;
import dev.kansen.model.Baseline;
import dev.kansen.model.Breakdown;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.DateRange;
import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Intervention;
import dev.kansen.model.Measurement;
import dev.kansen.model.Money;
import dev.kansen.model.Municipality;
import dev.kansen.model.Observation;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.model.Reach;
import dev.kansen.model.TargetGroup;
import dev.kansen.model.Transaction;
import dev.kansen.model.id.Identifier;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;

/**
 * The hand-written writers of every type of the wire format, one method per type, in the order
 * of the model's attributes. Canonical: absent optionals and empty collections are left out, sets
 * come in their natural order, unknown properties follow the known ones in name order.
 */
public final class ModelWriters {
  private ModelWriters() {}

  /** Writes a whole programme document, starting with its {@code formatVersion}. */
  public static void programme(JsonGenerator g, Programme p) throws IOException {
    g.writeStartObject();
    g.writeStringField("formatVersion", ModelReaders.FORMAT_VERSION);
    g.writeStringField("id", p.id());
    g.writeStringField("title", p.title());
    text(g, "description", p.description());
    g.writeFieldName("alliance");
    alliance(g, p.alliance());
    list(g, "municipalities", p.municipalities(), ModelWriters::municipality);
    g.writeFieldName("period");
    dateRange(g, p.period());
    list(g, "partners", p.partners(), ModelWriters::partner);
    names(g, "themes", p.themes());
    list(g, "goals", p.goals(), ModelWriters::goal);
    list(g, "interventions", p.interventions(), ModelWriters::intervention);
    list(g, "grants", p.grants(), ModelWriters::grant);
    list(g, "indicators", p.indicators(), ModelWriters::indicator);
    end(g, p.unknownProperties());
  }

  /** Writes an alliance. */
  public static void alliance(JsonGenerator g, Alliance a) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", a.name());
    text(g, "coordinator", a.coordinator());
    date(g, "launched", a.launched());
    list(g, "members", a.members(), ModelWriters::membership);
    end(g, a.unknownProperties());
  }

  static void membership(JsonGenerator g, AllianceMembership m) throws IOException {
    g.writeStartObject();
    g.writeStringField("municipality", m.municipality().value());
    g.writeStringField("joined", m.joined().toString());
    end(g, m.unknownProperties());
  }

  /** Writes a municipality. */
  public static void municipality(JsonGenerator g, Municipality m) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", m.code().value());
    g.writeStringField("name", m.name());
    g.writeStringField("province", m.province().name());
    end(g, m.unknownProperties());
  }

  /** Writes a partner. */
  public static void partner(JsonGenerator g, Partner p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeStringField("name", p.name());
    g.writeStringField("type", p.type().name());
    list(g, "identifiers", p.identifiers(), ModelWriters::identifier);
    names(g, "sectors", p.sectors());
    names(g, "roles", p.roles());
    text(g, "partOf", p.partOf());
    if (p.municipality().isPresent()) {
      g.writeStringField("municipality", p.municipality().get().value());
    }
    text(g, "description", p.description());
    end(g, p.unknownProperties());
  }

  /** Writes a goal. */
  public static void goal(JsonGenerator g, Goal goal) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", goal.id());
    g.writeStringField("title", goal.title());
    text(g, "description", goal.description());
    names(g, "themes", goal.themes());
    strings(g, "interventions", goal.interventions());
    strings(g, "indicators", goal.indicators());
    end(g, goal.unknownProperties());
  }

  /** Writes an intervention. */
  public static void intervention(JsonGenerator g, Intervention i) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.id());
    g.writeStringField("title", i.title());
    text(g, "description", i.description());
    g.writeStringField("type", i.type().name());
    names(g, "themes", i.themes());
    if (i.targetGroup().isPresent()) {
      g.writeFieldName("targetGroup");
      targetGroup(g, i.targetGroup().get());
    }
    if (i.municipality().isPresent()) {
      g.writeStringField("municipality", i.municipality().get().value());
    }
    g.writeStringField("lead", i.lead());
    strings(g, "participants", i.participants());
    g.writeFieldName("planned");
    dateRange(g, i.planned());
    date(g, "actualStart", i.actualStart());
    date(g, "actualEnd", i.actualEnd());
    g.writeStringField("status", i.status().name());
    date(g, "statusDate", i.statusDate());
    reach(g, "plannedReach", i.plannedReach());
    reach(g, "actualReach", i.actualReach());
    g.writeStringField("evidence", i.evidence().name());
    text(g, "evidenceSource", i.evidenceSource());
    end(g, i.unknownProperties());
  }

  static void targetGroup(JsonGenerator g, TargetGroup t) throws IOException {
    g.writeStartObject();
    if (t.ages().isPresent()) {
      AgeRange ages = t.ages().get();
      g.writeObjectFieldStart("ages");
      g.writeNumberField("min", ages.min());
      g.writeNumberField("max", ages.max());
      g.writeEndObject();
    }
    if (!t.groups().isEmpty()) {
      g.writeArrayFieldStart("groups");
      for (int group : t.groups()) {
        g.writeNumber(group);
      }
      g.writeEndArray();
    }
    names(g, "sectors", t.sectors());
    text(g, "description", t.description());
    end(g, t.unknownProperties());
  }

  /** Writes a grant. */
  public static void grant(JsonGenerator g, Grant grant) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", grant.id());
    g.writeStringField("funder", grant.funder());
    g.writeStringField("recipient", grant.recipient());
    g.writeFieldName("amount");
    money(g, grant.amount());
    g.writeFieldName("period");
    dateRange(g, grant.period());
    text(g, "purpose", grant.purpose());
    list(g, "allocations", grant.allocations(), ModelWriters::allocation);
    list(g, "budgets", grant.budgets(), ModelWriters::budgetLine);
    list(g, "transactions", grant.transactions(), ModelWriters::transaction);
    end(g, grant.unknownProperties());
  }

  static void allocation(JsonGenerator g, Allocation a) throws IOException {
    g.writeStartObject();
    g.writeStringField("intervention", a.intervention());
    g.writeFieldName("amount");
    money(g, a.amount());
    end(g, a.unknownProperties());
  }

  static void budgetLine(JsonGenerator g, BudgetLine b) throws IOException {
    g.writeStartObject();
    g.writeFieldName("period");
    dateRange(g, b.period());
    g.writeFieldName("amount");
    money(g, b.amount());
    g.writeStringField("type", b.type().name());
    g.writeStringField("status", b.status().name());
    end(g, b.unknownProperties());
  }

  static void transaction(JsonGenerator g, Transaction t) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", t.type().name());
    g.writeStringField("date", t.date().toString());
    g.writeFieldName("amount");
    money(g, t.amount());
    text(g, "intervention", t.intervention());
    text(g, "description", t.description());
    end(g, t.unknownProperties());
  }

  /** Writes an indicator. */
  public static void indicator(JsonGenerator g, Indicator i) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.id());
    g.writeStringField("title", i.title());
    text(g, "description", i.description());
    g.writeStringField("measure", i.measure().name());
    g.writeBooleanField("ascending", i.ascending());
    text(g, "unit", i.unit());
    strings(g, "interventions", i.interventions());
    if (i.baseline().isPresent()) {
      g.writeFieldName("baseline");
      baseline(g, i.baseline().get());
    }
    list(g, "periods", i.periods(), ModelWriters::indicatorPeriod);
    end(g, i.unknownProperties());
  }

  static void baseline(JsonGenerator g, Baseline b) throws IOException {
    g.writeStartObject();
    g.writeStringField("schoolYear", b.schoolYear().toString());
    measurement(g, b);
    end(g, b.unknownProperties());
  }

  static void indicatorPeriod(JsonGenerator g, IndicatorPeriod p) throws IOException {
    g.writeStartObject();
    g.writeStringField("schoolYear", p.schoolYear().toString());
    if (p.target().isPresent()) {
      g.writeFieldName("target");
      observation(g, p.target().get());
    }
    if (p.actual().isPresent()) {
      g.writeFieldName("actual");
      observation(g, p.actual().get());
    }
    end(g, p.unknownProperties());
  }

  static void observation(JsonGenerator g, Observation o) throws IOException {
    g.writeStartObject();
    measurement(g, o);
    end(g, o.unknownProperties());
  }

  private static void measurement(JsonGenerator g, Measurement m) throws IOException {
    number(g, "value", m.value());
    count(g, "pupils", m.pupils());
    text(g, "comment", m.comment());
    list(g, "breakdowns", m.breakdowns(), ModelWriters::breakdown);
  }

  static void breakdown(JsonGenerator g, Breakdown b) throws IOException {
    g.writeStartObject();
    g.writeStringField("dimension", b.dimension());
    g.writeStringField("category", b.category());
    number(g, "value", b.value());
    count(g, "pupils", b.pupils());
    end(g, b.unknownProperties());
  }

  /** Writes money: the amount as a decimal string in plain notation, and the ISO 4217 currency. */
  public static void money(JsonGenerator g, Money m) throws IOException {
    g.writeStartObject();
    g.writeStringField("amount", m.amount().toPlainString());
    g.writeStringField("currency", m.currency().getCurrencyCode());
    g.writeEndObject();
  }

  /** Writes a date range as its start and end dates. */
  public static void dateRange(JsonGenerator g, DateRange r) throws IOException {
    g.writeStartObject();
    g.writeStringField("start", r.start().toString());
    g.writeStringField("end", r.end().toString());
    g.writeEndObject();
  }

  /** Writes an identifier as its scheme and value. */
  public static void identifier(JsonGenerator g, Identifier id) throws IOException {
    g.writeStartObject();
    g.writeStringField("scheme", id.scheme().name());
    g.writeStringField("value", id.value());
    g.writeEndObject();
  }

  private static void reach(JsonGenerator g, String name, Optional<Reach> reach) throws IOException {
    if (reach.isPresent()) {
      g.writeObjectFieldStart(name);
      g.writeNumberField("count", reach.get().count());
      g.writeStringField("unit", reach.get().unit().name());
      g.writeEndObject();
    }
  }

  private static void text(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void date(JsonGenerator g, String name, Optional<LocalDate> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().toString());
    }
  }

  /** Numbers keep their exact decimal text, scale included (BigDecimal#toString is valid JSON). */
  private static void number(JsonGenerator g, String name, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      g.writeNumber(value.get().toString());
    }
  }

  private static void count(JsonGenerator g, String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsInt());
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
  }

  private static void names(JsonGenerator g, String name, Collection<? extends Enum<?>> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (Enum<?> v : values) {
        g.writeString(v.name());
      }
      g.writeEndArray();
    }
  }

  /** Writes one element of a list. */
  @FunctionalInterface
  interface ElementWriter<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static <T> void list(JsonGenerator g, String name, List<T> values, ElementWriter<T> writer) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (T v : values) {
        writer.write(g, v);
      }
      g.writeEndArray();
    }
  }

  /** Writes the unknown properties back after the known ones, in name order, and ends the object. */
  private static void end(JsonGenerator g, SortedMap<String, String> unknown) throws IOException {
    for (Map.Entry<String, String> e : unknown.entrySet()) {
      UnknownValues.check(e.getKey(), e.getValue());
      g.writeFieldName(e.getKey());
      UnknownValues.write(e.getValue(), g);
    }
    g.writeEndObject();
  }
}
