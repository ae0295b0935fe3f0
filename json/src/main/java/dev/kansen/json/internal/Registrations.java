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
    both(module, Programme.class, ModelWriters::programme, ModelReaders::programme);
    both(module, Alliance.class, ModelWriters::alliance, ModelReaders::alliance);
    both(module, Municipality.class, ModelWriters::municipality, ModelReaders::municipality);
    both(module, Partner.class, ModelWriters::partner, ModelReaders::partner);
    both(module, Goal.class, ModelWriters::goal, ModelReaders::goal);
    both(module, Intervention.class, ModelWriters::intervention, ModelReaders::intervention);
    both(module, Grant.class, ModelWriters::grant, ModelReaders::grant);
    both(module, Indicator.class, ModelWriters::indicator, ModelReaders::indicator);
    both(module, Money.class, ModelWriters::money, ModelReaders::money);
    both(module, DateRange.class, ModelWriters::dateRange, ModelReaders::dateRange);
    both(module, Identifier.class, ModelWriters::identifier, ModelReaders::identifier);
  }

  private static <T> void both(SimpleModule module, Class<T> type, ModelWriters.ElementWriter<T> writer,
      Values.ValueReader<T> reader) {
    module.addSerializer(type, new WireSerializer<>(type, writer));
    module.addDeserializer(type, new WireDeserializer<>(type, reader));
  }
}
