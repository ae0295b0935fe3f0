package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.kansen.validation.JsonPointer;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The property table of one object type of the wire format, and the one generic reader and writer
 * that serve every table. Reading reports what is wrong and goes on with the next property, so one
 * pass finds the failures of all siblings; writing is canonical: the properties in table order,
 * absent optionals and empty collections left out, unknown properties after the known ones in
 * name order.
 *
 * @param <B> the builder's type
 * @param <M> the model type
 */
public final class WireType<B, M> implements Codec<M> {
  /** Keeps an unknown property in the builder. */
  @FunctionalInterface
  interface Keeper<B> {
    void keep(B builder, String name, String json);
  }

  private final String type;
  private final Supplier<B> builder;
  private final Function<B, M> build;
  private final Keeper<B> keeper;
  private final Function<M, SortedMap<String, String>> unknown;
  private final List<Property<B, M>> properties;
  private final Map<String, Property<B, M>> byName = new HashMap<>();
  private final String[] required;

  WireType(String type, Supplier<B> builder, Function<B, M> build, Keeper<B> keeper,
      Function<M, SortedMap<String, String>> unknown, List<Property<B, M>> properties) {
    this.type = type;
    this.builder = builder;
    this.build = build;
    this.keeper = keeper;
    this.unknown = unknown;
    this.properties = List.copyOf(properties);
    for (Property<B, M> p : properties) {
      if (byName.put(p.name(), p) != null) {
        throw new IllegalArgumentException(type + " lists the property " + p.name() + " twice");
      }
    }
    this.required = properties.stream().filter(Property::required).map(Property::name).toArray(String[]::new);
  }

  /** @return the type's name, as in messages and the JSON Schema's {@code $defs} */
  public String type() {
    return type;
  }

  /** @return the properties, in the order they are written */
  public List<Property<B, M>> properties() {
    return properties;
  }

  @Override
  public M read(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.start(s, at, type);
    if (o == null) {
      return null;
    }
    B b = builder.get();
    while (o.next()) {
      Property<B, M> p = byName.get(o.name());
      if (p == null) {
        o.unknown((name, json) -> keeper.keep(b, name, json));
      } else {
        p.read(o, b);
      }
    }
    o.require(required);
    return o.build(() -> build.apply(b));
  }

  @Override
  public void write(JsonGenerator g, M model) throws IOException {
    g.writeStartObject();
    for (Property<B, M> p : properties) {
      p.write(g, model);
    }
    for (Map.Entry<String, String> e : unknown.apply(model).entrySet()) {
      UnknownValues.check(e.getKey(), e.getValue());
      g.writeFieldName(e.getKey());
      UnknownValues.write(e.getValue(), g);
    }
    g.writeEndObject();
  }
}
