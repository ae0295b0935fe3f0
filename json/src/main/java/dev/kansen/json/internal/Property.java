package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.kansen.validation.JsonPointer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.Set;
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
  /** How many values the property holds. */
  public enum Shape {
    /** One value (required, optional or with a default). */
    SINGLE,
    /** A list: a JSON array in order. */
    LIST,
    /** A set: a JSON array whose elements occur once. */
    SET
  }

  /** How the property is written. */
  private enum Presence {
    /** Always written: required, or with a default in the model. */
    ALWAYS,
    /** Written when the model's {@code Optional} holds a value. */
    OPTIONAL,
    /** Written when the model's {@code OptionalInt} holds a value. */
    OPTIONAL_INT,
    /** A list or set, written when not empty. */
    MANY
  }

  private final String name;
  private final boolean required;
  private final Shape shape;
  private final Presence presence;
  private final SerializedString key;
  private final Codec<Object> codec;
  private final int kind;
  private final Function<M, ?> get;
  private final BiConsumer<B, Object> set;
  private final Values.ValueReader<Object> element;
  // for the compact writer: the name as written, with its quotes and colon, and its length
  private final byte[] nameBytes;
  private final int nameLength;

  @SuppressWarnings("unchecked")
  private Property(String name, boolean required, Shape shape, Presence presence, Codec<?> codec,
      Function<M, ?> get, BiConsumer<B, ?> set) {
    this.name = name;
    this.required = required;
    this.shape = shape;
    this.presence = presence;
    this.key = new SerializedString(name);
    this.codec = (Codec<Object>) codec;
    this.kind = ValueKind.of(codec);
    this.get = get;
    this.set = (BiConsumer<B, Object>) set;
    this.element = this::value;
    this.nameBytes = CompactWriter.nameBytes(name);
    this.nameLength = name.length();
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

  /** Reads the property's value at the parser and hands it to the builder. */
  void read(ObjectReading o, B builder) throws IOException {
    ReadSession s = o.session();
    JsonPointer at = o.at();
    if (shape == Shape.SINGLE) {
      o.set(presence == Presence.OPTIONAL_INT ? Values.int32(s, at) : value(s, at), builder, set);
      return;
    }
    // the elements go into a list of the session's, which the builder's addAll copies
    ArrayList<Object> items = s.borrowList();
    o.set(shape == Shape.LIST ? Values.list(s, at, element, items) : Values.set(s, at, element, items), builder, set);
    s.giveBack(items);
  }

  /** Reads one value, or one element of a list or set. */
  private Object value(ReadSession s, JsonPointer at) throws IOException {
    return switch (kind) {
      case ValueKind.TEXT -> Values.text(s, at);
      case ValueKind.DATE -> Values.date(s, at);
      case ValueKind.CONSTANT -> ((Constants<?>) codec).read(s, at);
      case ValueKind.OBJECT -> ((WireType<?, ?>) codec).read(s, at);
      default -> otherValue(s, at);
    };
  }

  /**
   * Reads a value of a codec that is not of a kind of its own: the common hand-written ones by a
   * direct call, since a call through the codec's reader is one through an interface that every
   * such codec's reader implements, which costs a lookup per value.
   */
  private Object otherValue(ReadSession s, JsonPointer at) throws IOException {
    return switch (kind) {
      case ValueKind.NUMBER -> Values.number(s, at);
      case ValueKind.INT32 -> Values.int32(s, at);
      case ValueKind.BOOLEAN -> Values.bool(s, at);
      case ValueKind.MONEY -> ValueCodecs.money(s, at);
      case ValueKind.DATE_RANGE -> ValueCodecs.dateRange(s, at);
      case ValueKind.AGE_RANGE -> ValueCodecs.ageRange(s, at);
      case ValueKind.REACH -> ValueCodecs.reach(s, at);
      case ValueKind.IDENTIFIER -> ValueCodecs.identifier(s, at);
      case ValueKind.SCHOOL_YEAR -> ValueCodecs.schoolYear(s, at);
      case ValueKind.MUNICIPALITY_CODE -> ValueCodecs.municipalityCode(s, at);
      case ValueKind.AREA_CODE -> ValueCodecs.areaCode(s, at);
      default -> codec.read(s, at);
    };
  }

  /** Writes the property, name and value, when the model has a value for it. */
  void write(JsonGenerator g, M model) throws IOException {
    Object value = get.apply(model);
    switch (presence) {
      case ALWAYS -> {
        g.writeFieldName(key);
        writeValue(g, value);
      }
      case OPTIONAL -> {
        Optional<?> optional = (Optional<?>) value;
        if (optional.isPresent()) {
          g.writeFieldName(key);
          writeValue(g, optional.get());
        }
      }
      case OPTIONAL_INT -> {
        OptionalInt optional = (OptionalInt) value;
        if (optional.isPresent()) {
          g.writeFieldName(key);
          g.writeNumber(optional.getAsInt());
        }
      }
      case MANY -> writeMany(g, (Collection<?>) value);
    }
  }

  private void writeMany(JsonGenerator g, Collection<?> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeFieldName(key);
    g.writeStartArray();
    if (kind == ValueKind.CONSTANT && values instanceof Set<?> set) {
      // the model's sets of constants keep the order the constants are declared in
      ((Constants<?>) codec).writeSet(g, set);
    } else if (values instanceof List<?> list && list instanceof RandomAccess) {
      // the model's lists: by index, without an iterator per list written
      for (int i = 0, n = list.size(); i < n; i++) {
        writeValue(g, list.get(i));
      }
    } else {
      for (Object v : values) {
        writeValue(g, v);
      }
    }
    g.writeEndArray();
  }

  /** Writes one value, or one element of a list or set. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void writeValue(JsonGenerator g, Object value) throws IOException {
    switch (kind) {
      case ValueKind.TEXT -> g.writeString((String) value);
      case ValueKind.DATE -> ValueCodecs.writeDate(g, (LocalDate) value);
      case ValueKind.CONSTANT -> ((Constants) codec).write(g, (Enum) value);
      case ValueKind.OBJECT -> ((WireType) codec).write(g, value);
      default -> codec.write(g, value);
    }
  }

  /** @return the kind of the property's values, one of {@link ValueKind}'s */
  int kind() {
    return kind;
  }

  /** @return the type of the property's values when they are objects with a table, else null */
  WireType<?, ?> nested() {
    return codec instanceof WireType<?, ?> type ? type : null;
  }

  /** Writes the property, name and value, when the model has a value for it, as {@link #write} does. */
  void writeCompact(CompactWriter w, M model) throws CompactWriter.GiveUp {
    Object value = get.apply(model);
    // compared by identity rather than switched on, which takes a lookup of the ordinal
    Presence p = presence;
    if (p == Presence.MANY) {
      writeManyCompact(w, (Collection<?>) value);
      return;
    }
    if (p == Presence.OPTIONAL) {
      Optional<?> optional = (Optional<?>) value;
      if (optional.isEmpty()) {
        return;
      }
      value = optional.get();
    } else if (p == Presence.OPTIONAL_INT) {
      OptionalInt optional = (OptionalInt) value;
      if (optional.isPresent()) {
        w.name(nameBytes, nameLength);
        w.number(optional.getAsInt());
      }
      return;
    }
    w.name(nameBytes, nameLength);
    writeValueCompact(w, value);
  }

  private void writeManyCompact(CompactWriter w, Collection<?> values) throws CompactWriter.GiveUp {
    if (values.isEmpty()) {
      return;
    }
    w.name(nameBytes, nameLength);
    w.startArray();
    if (kind == ValueKind.CONSTANT && values instanceof Set<?> set) {
      ((Constants<?>) codec).writeSet(w, set);
    } else if (values instanceof List<?> list && list instanceof RandomAccess) {
      for (int i = 0, n = list.size(); i < n; i++) {
        writeValueCompact(w, list.get(i));
      }
    } else {
      for (Object v : values) {
        writeValueCompact(w, v);
      }
    }
    w.endArray();
  }

  /** Writes one value, or one element of a list or set, as {@link #writeValue} does. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void writeValueCompact(CompactWriter w, Object value) throws CompactWriter.GiveUp {
    switch (kind) {
      case ValueKind.TEXT -> w.string((String) value);
      case ValueKind.DATE -> w.date((LocalDate) value);
      case ValueKind.CONSTANT -> ((Constants) codec).write(w, (Enum) value);
      case ValueKind.OBJECT -> ((WireType) codec).writeCompact(w, value);
      default -> CompactValues.write(w, kind, value);
    }
  }

  /** A required property: always present, always written. */
  static <B, M, V> Property<B, M> required(String name, Codec<V> codec, Function<M, V> get, BiConsumer<B, V> set) {
    return new Property<>(name, true, Shape.SINGLE, Presence.ALWAYS, codec, get, set);
  }

  /** A property with a default in the model: optional on the wire, always written. */
  static <B, M, V> Property<B, M> defaulted(String name, Codec<V> codec, Function<M, V> get, BiConsumer<B, V> set) {
    return new Property<>(name, false, Shape.SINGLE, Presence.ALWAYS, codec, get, set);
  }

  /** An optional property: written when present. */
  static <B, M, V> Property<B, M> optional(String name, Codec<V> codec, Function<M, Optional<V>> get,
      BiConsumer<B, V> set) {
    return new Property<>(name, false, Shape.SINGLE, Presence.OPTIONAL, codec, get, set);
  }

  /** An optional count: written when present. */
  static <B, M> Property<B, M> optionalInt(String name, Function<M, OptionalInt> get, ObjIntConsumer<B> set) {
    BiConsumer<B, Integer> setter = set::accept;
    return new Property<>(name, false, Shape.SINGLE, Presence.OPTIONAL_INT, ValueCodecs.INT32, get, setter);
  }

  /**
   * A list: read as an array, written when not empty, in its order. {@code addAll} copies the
   * elements (as a builder's {@code addAll} does): the list it is given is reused.
   */
  static <B, M, V> Property<B, M> list(String name, Codec<V> codec, Function<M, ? extends Collection<V>> get,
      BiConsumer<B, List<V>> addAll) {
    return new Property<>(name, false, Shape.LIST, Presence.MANY, codec, get, addAll);
  }

  /**
   * A set: read as an array whose elements occur once, written when not empty, in natural order.
   * {@code addAll} copies the elements (as a builder's {@code addAll} does): the list it is given is reused.
   */
  static <B, M, V> Property<B, M> set(String name, Codec<V> codec, Function<M, ? extends Collection<V>> get,
      BiConsumer<B, List<V>> addAll) {
    return new Property<>(name, false, Shape.SET, Presence.MANY, codec, get, addAll);
  }
}
