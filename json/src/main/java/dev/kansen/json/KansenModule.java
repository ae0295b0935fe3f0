package dev.kansen.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.kansen.json.internal.PackageVersion;
import dev.kansen.json.internal.Registrations;

/**
 * The kansen wire format as a Jackson module: hand-written serializers and deserializers for
 * {@link dev.kansen.model.Programme} and the types inside it that are worth exchanging on their
 * own (alliance, municipality, partner, goal, intervention, grant, indicator, money, date range,
 * identifier). Registered through {@code ServiceLoader}, so
 * {@code ObjectMapper.findAndRegisterModules()} finds it.
 *
 * <p>A mapper that fails on unknown properties (Jackson's default) reads strictly; one that does
 * not keeps unknown properties like {@link KansenJson#lenient()}. Content problems end in a
 * {@link KansenJsonException}. For input limits, canonical output and streamed sequences, prefer
 * {@link KansenJson}.
 */
public final class KansenModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module with all of kansen's serializers and deserializers. */
  public KansenModule() {
    super("KansenModule", PackageVersion.VERSION);
    Registrations.register(this);
  }
}
