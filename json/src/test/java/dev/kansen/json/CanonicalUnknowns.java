package dev.kansen.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kansen.model.Alliance;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Allocation;
import dev.kansen.model.Baseline;
import dev.kansen.model.Breakdown;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Intervention;
import dev.kansen.model.Municipality;
import dev.kansen.model.Observation;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.model.TargetGroup;
import dev.kansen.model.Transaction;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What a programme looks like after a JSON round trip: the same, except that the values of unknown
 * properties are in the reader's canonical compact form (the wire format keeps unknown values as
 * JSON values, not as their exact source text: escapes such as {@code \u00e9} and whitespace may change).
 */
final class CanonicalUnknowns {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final UnaryOperator<String> value;

  private CanonicalUnknowns(UnaryOperator<String> value) {
    this.value = value;
  }

  /** @return the programme with every unknown value in canonical compact form */
  static Programme of(Programme p) {
    return new CanonicalUnknowns(CanonicalUnknowns::compact).programme(p);
  }

  /** @return the programme without any unknown property */
  static Programme without(Programme p) {
    return new CanonicalUnknowns(null).programme(p);
  }

  private Programme programme(Programme p) {
    Alliance a = p.alliance();
    return Programme.builder().from(p).unknownProperties(map(p.unknownProperties()))
        .alliance(Alliance.builder().from(a).unknownProperties(map(a.unknownProperties()))
            .members(each(a.members(), m -> AllianceMembership.builder().from(m).unknownProperties(map(m.unknownProperties())).build()))
            .build())
        .municipalities(each(p.municipalities(), m -> Municipality.builder().from(m).unknownProperties(map(m.unknownProperties())).build()))
        .partners(each(p.partners(), x -> Partner.builder().from(x).unknownProperties(map(x.unknownProperties())).build()))
        .goals(each(p.goals(), x -> Goal.builder().from(x).unknownProperties(map(x.unknownProperties())).build()))
        .interventions(each(p.interventions(), this::intervention))
        .grants(each(p.grants(), this::grant))
        .indicators(each(p.indicators(), this::indicator))
        .build();
  }

  private Intervention intervention(Intervention i) {
    Intervention.Builder b = Intervention.builder().from(i).unknownProperties(map(i.unknownProperties()));
    i.targetGroup().ifPresent(t -> b.targetGroup(TargetGroup.builder().from(t).unknownProperties(map(t.unknownProperties())).build()));
    return b.build();
  }

  private Grant grant(Grant g) {
    return Grant.builder().from(g).unknownProperties(map(g.unknownProperties()))
        .allocations(each(g.allocations(), x -> Allocation.builder().from(x).unknownProperties(map(x.unknownProperties())).build()))
        .budgets(each(g.budgets(), x -> BudgetLine.builder().from(x).unknownProperties(map(x.unknownProperties())).build()))
        .transactions(each(g.transactions(), x -> Transaction.builder().from(x).unknownProperties(map(x.unknownProperties())).build()))
        .build();
  }

  private Indicator indicator(Indicator i) {
    Indicator.Builder b = Indicator.builder().from(i).unknownProperties(map(i.unknownProperties()))
        .periods(each(i.periods(), this::period));
    i.baseline().ifPresent(x -> b.baseline(Baseline.builder().from(x).unknownProperties(map(x.unknownProperties()))
        .breakdowns(each(x.breakdowns(), this::breakdown)).build()));
    return b.build();
  }

  private IndicatorPeriod period(IndicatorPeriod p) {
    IndicatorPeriod.Builder b = IndicatorPeriod.builder().from(p).unknownProperties(map(p.unknownProperties()));
    p.target().ifPresent(o -> b.target(observation(o)));
    p.actual().ifPresent(o -> b.actual(observation(o)));
    return b.build();
  }

  private Observation observation(Observation o) {
    return Observation.builder().from(o).unknownProperties(map(o.unknownProperties()))
        .breakdowns(each(o.breakdowns(), this::breakdown)).build();
  }

  private Breakdown breakdown(Breakdown b) {
    return Breakdown.builder().from(b).unknownProperties(map(b.unknownProperties())).build();
  }

  private static <T> List<T> each(List<T> items, UnaryOperator<T> f) {
    return items.stream().map(f).toList();
  }

  private SortedMap<String, String> map(Map<String, String> unknown) {
    SortedMap<String, String> out = new TreeMap<>();
    if (value != null) {
      unknown.forEach((k, v) -> out.put(k, value.apply(v)));
    }
    return out;
  }

  /** Compact JSON with strings re-escaped minimally and numbers kept as written. */
  static String compact(String json) {
    StringWriter text = new StringWriter();
    try (JsonParser p = FACTORY.createParser(json); JsonGenerator g = FACTORY.createGenerator(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
          default -> g.copyCurrentEvent(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
