package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * One property of a {@link WireType}: its name, whether it is required, and how it is read into
 * the builder and written from the model. Made from method references, never by reflection.
 *
 * @param <B> the builder's type
 * @param <M> the model type
 */
public final class Property<B, M> {
  /** Reads the property's value at the parser and hands it to the builder. */
  @FunctionalInterface
  interface Reader<B> {
    void read(ObjectReading o, B builder) throws IOException;
  }

  /** Writes the property, name and value, when the model has a value for it. */
  @FunctionalInterface
  interface Writer<M> {
    void write(JsonGenerator g, M model) throws IOException;
  }

  /** How many values the property holds. */
  public enum Shape {
    /** One value (required, optional or with a default). */
    SINGLE,
    /** A list: a JSON array in order. */
    LIST,
    /** A set: a JSON array whose elements occur once. */
    SET
  }

  private final String name;
  private final boolean required;
  private final Shape shape;
  private final Reader<B> reader;
  private final Writer<M> writer;

  Property(String name, boolean required, Shape shape, Reader<B> reader, Writer<M> writer) {
    this.name = name;
    this.required = required;
    this.shape = shape;
    this.reader = reader;
    this.writer = writer;
  }

  /** @return the property's name on the wire */
  public String name() {
    return name;
  }

  /** @return whether a document must hold the property */
  public boolean required() {
    return required;
  }

  /** @return how many values the property holds */
  public Shape shape() {
    return shape;
  }

  void read(ObjectReading o, B builder) throws IOException {
    reader.read(o, builder);
  }

  void write(JsonGenerator g, M model) throws IOException {
    writer.write(g, model);
  }

  /** A required property: always present, always written. */
  static <B, M, V> Property<B, M> required(String name, Codec<V> codec, Function<M, V> get, BiConsumer<B, V> set) {
    SerializedString key = new SerializedString(name);
    return new Property<>(name, true, Shape.SINGLE, one(codec, set), (g, m) -> {
      g.writeFieldName(key);
      codec.write(g, get.apply(m));
    });
  }

  /** A property with a default in the model: optional on the wire, always written. */
  static <B, M, V> Property<B, M> defaulted(String name, Codec<V> codec, Function<M, V> get, BiConsumer<B, V> set) {
    SerializedString key = new SerializedString(name);
    return new Property<>(name, false, Shape.SINGLE, one(codec, set), (g, m) -> {
      g.writeFieldName(key);
      codec.write(g, get.apply(m));
    });
  }

  /** An optional property: written when present. */
  static <B, M, V> Property<B, M> optional(String name, Codec<V> codec, Function<M, Optional<V>> get,
      BiConsumer<B, V> set) {
    SerializedString key = new SerializedString(name);
    return new Property<>(name, false, Shape.SINGLE, one(codec, set), (g, m) -> {
      Optional<V> value = get.apply(m);
      if (value.isPresent()) {
        g.writeFieldName(key);
        codec.write(g, value.get());
      }
    });
  }

  /** An optional count: written when present. */
  static <B, M> Property<B, M> optionalInt(String name, Function<M, OptionalInt> get, ObjIntConsumer<B> set) {
    SerializedString key = new SerializedString(name);
    BiConsumer<B, Integer> setter = set::accept;
    Writer<M> writer = (g, m) -> {
      OptionalInt value = get.apply(m);
      if (value.isPresent()) {
        g.writeFieldName(key);
        g.writeNumber(value.getAsInt());
      }
    };
    return new Property<>(name, false, Shape.SINGLE, (o, b) -> o.set(Values.int32(o.session(), o.at()), b, setter),
        writer);
  }

  /** A list: read as an array, written when not empty, in its order. */
  static <B, M, V> Property<B, M> list(String name, Codec<V> codec, Function<M, ? extends Collection<V>> get,
      BiConsumer<B, List<V>> addAll) {
    return new Property<>(name, false, Shape.LIST,
        (o, b) -> o.set(Values.list(o.session(), o.at(), codec), b, addAll), many(name, codec, get));
  }

  /** A set: read as an array whose elements occur once, written when not empty, in natural order. */
  static <B, M, V> Property<B, M> set(String name, Codec<V> codec, Function<M, ? extends Collection<V>> get,
      BiConsumer<B, List<V>> addAll) {
    return new Property<>(name, false, Shape.SET,
        (o, b) -> o.set(Values.set(o.session(), o.at(), codec), b, addAll), many(name, codec, get));
  }

  private static <B, V> Reader<B> one(Codec<V> codec, BiConsumer<B, V> set) {
    return (o, b) -> o.set(codec.read(o.session(), o.at()), b, set);
  }

  private static <M, V> Writer<M> many(String name, Codec<V> codec, Function<M, ? extends Collection<V>> get) {
    SerializedString key = new SerializedString(name);
    return (g, m) -> {
      Collection<V> values = get.apply(m);
      if (!values.isEmpty()) {
        g.writeFieldName(key);
        g.writeStartArray();
        if (values instanceof List<V> list && list instanceof RandomAccess) {
          // the model's lists: by index, without an iterator per list written
          for (int i = 0, n = list.size(); i < n; i++) {
            codec.write(g, list.get(i));
          }
        } else {
          for (V v : values) {
            codec.write(g, v);
          }
        }
        g.writeEndArray();
      }
    };
  }
}
