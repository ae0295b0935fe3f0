package dev.kansen.json.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.kansen.model.Alliance;
import dev.kansen.model.DateRange;
import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.Intervention;
import dev.kansen.model.Money;
import dev.kansen.model.Municipality;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.model.id.Identifier;

/** Puts the wire format's serializers and deserializers into a Jackson module. */
public final class Registrations {
  private Registrations() {}

  /**
   * Registers a serializer and a deserializer for the programme and each type a caller may want
   * to exchange on its own.
   *
   * @param module the module
   */
  public static void register(SimpleModule module) {
    both(module, Programme.class, WireTypes.PROGRAMME);
    both(module, Alliance.class, WireTypes.ALLIANCE);
    both(module, Municipality.class, WireTypes.MUNICIPALITY);
    both(module, Partner.class, WireTypes.PARTNER);
    both(module, Goal.class, WireTypes.GOAL);
    both(module, Intervention.class, WireTypes.INTERVENTION);
    both(module, Grant.class, WireTypes.GRANT);
    both(module, Indicator.class, WireTypes.INDICATOR);
    both(module, Money.class, ValueCodecs.MONEY);
    both(module, DateRange.class, ValueCodecs.DATE_RANGE);
    both(module, Identifier.class, ValueCodecs.IDENTIFIER);
  }

  private static <T> void both(SimpleModule module, Class<T> type, Codec<T> codec) {
    module.addSerializer(type, new WireSerializer<>(type, codec::write));
    module.addDeserializer(type, new WireDeserializer<>(type, codec));
  }
}
