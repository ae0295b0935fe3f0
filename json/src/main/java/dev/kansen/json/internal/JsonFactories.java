package dev.kansen.json.internal;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.Separators;

/** The Jackson factories and the pretty printer kansen reads and writes with. */
public final class JsonFactories {
  /** The longest property name read (and written), or the string limit when that is shorter. */
  public static final int MAX_NAME_LENGTH = 1000;

  private JsonFactories() {}

  /**
   * @param limits the reading limits
   * @param maxDocumentLength the longest document the parser itself allows, or -1 for no limit
   *     (sequences limit each element themselves)
   * @return a factory with those limits, strict duplicate detection when reading, and no source in locations
   */
  public static JsonFactory of(Limits limits, long maxDocumentLength) {
    return of(limits, maxDocumentLength, true);
  }

  /**
   * @param limits the reading limits
   * @param maxDocumentLength the longest document the parser itself allows
   * @return a factory for the lean pass of the strict reader: as {@link #of(Limits, long)}, but
   *     without Jackson's duplicate detection (a map per object), since the lean pass finds
   *     duplicates among the names it keeps anyway, and the strict reader sees every name
   */
  public static JsonFactory lean(Limits limits, long maxDocumentLength) {
    return of(limits, maxDocumentLength, false);
  }

  /**
   * @param limits the reading limits
   * @param maxDocumentLength the longest document the parser itself allows
   * @return a factory as {@link #of(Limits, long)}, whose parsers take new buffers rather than
   *     those the thread's earlier parsers left: for reading a text again after the lean pass, as
   *     if the lean pass had not run (the size of a buffer decides where Jackson finds some limits
   *     exceeded, such as the length it names for a string too long)
   */
  public static JsonFactory unpooled(Limits limits, long maxDocumentLength) {
    return builder(limits, maxDocumentLength, true).recyclerPool(JsonRecyclerPools.nonRecyclingPool()).build();
  }

  private static JsonFactory of(Limits limits, long maxDocumentLength, boolean duplicates) {
    return builder(limits, maxDocumentLength, duplicates).build();
  }

  private static JsonFactoryBuilder builder(Limits limits, long maxDocumentLength, boolean duplicates) {
    return new JsonFactoryBuilder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(maxDocumentLength)
            .build())
        // the limited generator refuses nesting beyond the limits' depth, naming the value's pointer;
        // Jackson's own default (1,000 levels) is not another, lower limit on writing
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
        .errorReportConfiguration(ErrorReportConfiguration.builder()
            .maxErrorTokenLength(40).maxRawContentLength(0).build())
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, duplicates)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // writing detects duplicates only among kept unknown properties (see WireType)
        .disable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
  }

  /** @return the canonical pretty printer: two spaces, {@code "name": value}, {@code {}} and {@code []} when empty */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  /**
   * The limits of reading, which writing respects too.
   *
   * @param maxNestingDepth the deepest nesting
   * @param maxStringLength the longest string, in characters
   * @param maxNumberLength the longest number, in characters
   * @param maxDocumentLength the longest document, in characters
   */
  public record Limits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentLength) {
    /** @return the longest property name, in characters */
    public int maxNameLength() {
      return Math.min(maxStringLength, MAX_NAME_LENGTH);
    }

    /**
     * @return these limits for the elements of an array read with one parser: one level of nesting
     *     more, the array's own, so that each element may nest as deep as a document
     */
    public Limits nestedOnce() {
      return new Limits(maxNestingDepth + 1, maxStringLength, maxNumberLength, maxDocumentLength);
    }
  }
}
