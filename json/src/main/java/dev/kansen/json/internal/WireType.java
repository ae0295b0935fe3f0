package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.kansen.validation.JsonPointer;
import java.io.IOException;
import java.util.Arrays;
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
  // each property's number in the table, which is its bit among the properties seen
  private final Map<String, Integer> byName = new HashMap<>();
  private final Property<B, M>[] byNumber;
  private final String[] required;
  private final int[] requiredBits;
  private final long requiredMask;
  // the lean pass's expectations: each property's name encoded, and the number of the property
  // that followed each (the last entry: the first property) in the last object read; see readExpecting
  private final SerializedString[] keys;
  private final int[] successor;

  WireType(String type, Supplier<B> builder, Function<B, M> build, Keeper<B> keeper,
      Function<M, SortedMap<String, String>> unknown, List<Property<B, M>> properties) {
    this.type = type;
    this.builder = builder;
    this.build = build;
    this.keeper = keeper;
    this.unknown = unknown;
    this.properties = List.copyOf(properties);
    if (properties.size() > Long.SIZE) {
      throw new IllegalArgumentException(type + " has more than " + Long.SIZE + " properties");
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Property<B, M>[] numbered = this.properties.toArray(new Property[0]);
    this.byNumber = numbered;
    long mask = 0;
    int[] bits = new int[properties.size()];
    int requiredCount = 0;
    for (int i = 0; i < numbered.length; i++) {
      Property<B, M> p = numbered[i];
      if (byName.put(p.name(), i) != null) {
        throw new IllegalArgumentException(type + " lists the property " + p.name() + " twice");
      }
      if (p.required()) {
        mask |= 1L << i;
        bits[requiredCount++] = i;
      }
    }
    this.requiredMask = mask;
    this.keys = new SerializedString[numbered.length];
    this.successor = new int[numbered.length + 1];
    for (int i = 0; i < numbered.length; i++) {
      keys[i] = new SerializedString(numbered[i].name());
      successor[i] = i + 1;
    }
    successor[numbered.length] = 0;
    this.requiredBits = Arrays.copyOf(bits, requiredCount);
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
    if (s.plainNext() && !s.salvaging()) {
      return readExpecting(s, at);
    }
    ObjectReading o = ObjectReading.startMarked(s, at, type);
    if (o == null) {
      return null;
    }
    B b = builder.get();
    while (o.next()) {
      Integer number = byName.get(o.name());
      if (number == null) {
        o.unknown((name, json) -> keeper.keep(b, name, json));
      } else {
        int i = number;
        o.mark(i);
        byNumber[i].read(o, b);
      }
    }
    o.require(requiredMask, required, requiredBits);
    return o.build(build, b);
  }

  /**
   * The lean pass's reading of an object: as {@link #read}, but each property name is first
   * compared, as bytes, with the name expected next, which is the property that followed the
   * previous one in the last object of this type read. Documents of one writer hold their
   * properties in one order (kansen's in table order), so the name is rarely decoded and looked up.
   * What is expected depends on earlier reads (a benign race between threads); what is read does not.
   */
  private M readExpecting(ReadSession s, JsonPointer at) throws IOException {
    ObjectReading o = ObjectReading.startMarked(s, at, type);
    if (o == null) {
      return null;
    }
    B b = builder.get();
    int n = byNumber.length;
    int[] after = successor;
    // n stands for the object's start, and for its end as what comes next
    int last = n;
    while (true) {
      int guess = after[last];
      int found = guess < n ? o.next(keys[guess]) : o.next() ? ObjectReading.OTHER : ObjectReading.END;
      int i;
      if (found == ObjectReading.EXPECTED) {
        i = guess;
      } else if (found == ObjectReading.END) {
        if (guess != n) {
          after[last] = n;
        }
        break;
      } else {
        i = numberAfter(o.name(), last);
        if (i < 0) {
          o.unknown((name, json) -> keeper.keep(b, name, json));
          continue;
        }
        after[last] = i;
      }
      o.mark(i);
      byNumber[i].read(o, b);
      last = i;
    }
    o.require(requiredMask, required, requiredBits);
    return o.build(build, b);
  }

  /**
   * The number of a property the lean pass did not expect. A writer that leaves optional
   * properties out still writes the rest in one order, so the name is first compared by reference
   * with the names of the properties after the last one read: Jackson's names are interned, as the
   * table's (literals) are, so the comparison finds it without hashing the name. Any other name is
   * looked up by its text.
   *
   * @param name the property's name
   * @param last the number of the property read last, or the number of properties at the object's start
   * @return the property's number, or -1 for an unknown property
   */
  private int numberAfter(String name, int last) {
    Property<B, M>[] table = byNumber;
    for (int i = last == table.length ? 0 : last + 1; i < table.length; i++) {
      if (table[i].name() == name) {
        return i;
      }
    }
    Integer number = byName.get(name);
    return number == null ? -1 : number;
  }

  @Override
  public void write(JsonGenerator g, M model) throws IOException {
    g.writeStartObject();
    for (Property<B, M> p : byNumber) {
      p.write(g, model);
    }
    SortedMap<String, String> unknownProperties = unknown.apply(model);
    if (!unknownProperties.isEmpty()) {
      writeUnknown(g, unknownProperties);
    }
    g.writeEndObject();
  }

  /**
   * Writes a model object as {@link #write} does, straight to bytes.
   *
   * @param w where to write
   * @param model the object
   * @throws CompactWriter.GiveUp when it is to be written through the generator: at a value the
   *     generator refuses, and at kept unknown properties, which the generator checks and writes
   */
  void writeCompact(CompactWriter w, M model) throws CompactWriter.GiveUp {
    // given up before the object is written, so as little as possible is written twice
    if (!unknown.apply(model).isEmpty()) {
      throw CompactWriter.GiveUp.INSTANCE;
    }
    w.startObject();
    for (Property<B, M> p : byNumber) {
      p.writeCompact(w, model);
    }
    w.endObject();
  }

  /**
   * Writes the kept unknown properties. The table's names are unique by construction, so the
   * writer runs without Jackson's duplicate detection (a set per object written): a duplicate can
   * only come from a kept name that shadows a known property, refused here, or from a name
   * repeated inside a kept value, which {@link UnknownValues#check} refuses.
   */
  private void writeUnknown(JsonGenerator g, SortedMap<String, String> unknownProperties) throws IOException {
    for (Map.Entry<String, String> e : unknownProperties.entrySet()) {
      UnknownValues.check(e.getKey(), e.getValue(), UnknownValues.deepest(g));
      if (byName.containsKey(e.getKey())) {
        throw new JsonGenerationException("Duplicate field '" + e.getKey() + "'", g);
      }
      g.writeFieldName(e.getKey());
      UnknownValues.write(e.getValue(), g);
    }
  }
}
