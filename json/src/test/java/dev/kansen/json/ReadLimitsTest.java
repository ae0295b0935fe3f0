package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each limit of {@link KansenJson.Builder} holds exactly at its value: a document at the limit
 * reads, one step beyond is refused with the limit's code, from a String, bytes and a stream alike.
 * The builder refuses limits below their documented minimum.
 */
class ReadLimitsTest {
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},"
      + "\"period\":{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"}";

  /** A read from one kind of input. */
  @FunctionalInterface
  private interface Read {
    Object run() throws Exception;
  }

  /** @return the codes of the violations, or an empty list when the document reads, the same by every input */
  private static List<String> codes(KansenJson json, String document) {
    List<String> fromString = codes(() -> json.read(document));
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    assertEquals(fromString, codes(() -> json.read(bytes)), "from bytes");
    assertEquals(fromString, codes(() -> json.read(new ByteArrayInputStream(bytes))), "from a stream");
    return fromString;
  }

  private static List<String> codes(Read read) {
    try {
      read.run();
      return List.of();
    } catch (KansenJsonException e) {
      return e.violations().stream().map(Violation::code).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String withUnknown(String json) {
    return HEAD + ",\"extra\":" + json + "}";
  }

  @Test
  void nestingUpToTheMaximumReadsAndOneLevelDeeperIsRefused() {
    KansenJson json = KansenJson.builder().lenient(true).maxNestingDepth(16).build();
    // the programme's own object is the first level
    Function<Integer, String> arrays = n -> withUnknown("[".repeat(n) + "]".repeat(n));
    assertEquals(List.of(), codes(json, arrays.apply(15)));
    assertEquals(List.of("NESTING_TOO_DEEP"), codes(json, arrays.apply(16)));
  }

  @Test
  void aNumberOfTheMaximumLengthReadsAndOneDigitMoreIsRefused() {
    KansenJson json = KansenJson.builder().lenient(true).maxNumberLength(20).build();
    assertEquals(List.of(), codes(json, withUnknown("1".repeat(20))));
    assertEquals(List.of("NUMBER_TOO_LONG"), codes(json, withUnknown("1".repeat(21))));
  }

  @Test
  void aStringOfTheMaximumLengthReadsAndOneCharacterMoreIsRefused() {
    KansenJson json = KansenJson.builder().maxStringLength(1000).build();
    String at = HEAD.replace("\"title\":\"T\"", "\"title\":\"" + "\u00e9".repeat(1000) + "\"") + "}";
    assertEquals(List.of(), codes(json, at));
    assertEquals(1000, json.read(at).title().length());
    String over = HEAD.replace("\"title\":\"T\"", "\"title\":\"" + "\u00e9".repeat(1001) + "\"") + "}";
    assertEquals(List.of("STRING_TOO_LONG"), codes(json, over));
    assertEquals(1000, json.maxStringLength());
  }

  @Test
  void aDocumentOfTheMaximumLengthInCharactersReadsThoughItHasMoreBytes() {
    KansenJson json = KansenJson.builder().maxDocumentLength(1000).build();
    String prefix = HEAD + ",\"description\":\"";
    int room = 1000 - prefix.length() - "\"}".length();
    String at = prefix + "\u20ac".repeat(room) + "\"}";
    assertEquals(1000, at.length());
    assertTrue(at.getBytes(StandardCharsets.UTF_8).length > 2000, "three bytes per euro sign");
    assertEquals(List.of(), codes(json, at));
    assertEquals(json.read(at), json.read(at.getBytes(StandardCharsets.UTF_8)), "the programme, from bytes as from text");
    String over = prefix + "\u20ac".repeat(room + 1) + "\"}";
    assertEquals(List.of("INPUT_TOO_LARGE"), codes(json, over));
  }

  @Test
  void aDocumentOverTheLimitIsOnlyTooLargeWhateverWasWrongBeforeTheLimit() {
    KansenJson json = KansenJson.builder().maxDocumentLength(1000).build();
    String over = HEAD + ",\"colour\":\"red\",\"themes\":[\"NOPE\"],\"description\":\"" + "d".repeat(5000) + "\"}";
    assertEquals(List.of("INPUT_TOO_LARGE"), codes(json, over), "the same from text, bytes and a stream");
  }

  @Test
  void aLeadingByteOrderMarkDoesNotCountTowardsTheDocumentLength() {
    KansenJson json = KansenJson.builder().maxDocumentLength(1000).build();
    String prefix = HEAD + ",\"description\":\"";
    String at = prefix + "d".repeat(1000 - prefix.length() - 2) + "\"}";
    assertEquals(1000, at.length());
    assertEquals("p", json.read("\uFEFF" + at).id().toString());
  }

  @Test
  void violationsStopAtTheMaximumWithOneSayingSo() {
    StringBuilder unknown = new StringBuilder(HEAD);
    for (int i = 0; i < 10; i++) {
      unknown.append(",\"u").append(i).append("\":1");
    }
    String document = unknown.append('}').toString();
    List<String> all = codes(KansenJson.builder().maxViolations(11).build(), document);
    assertEquals(10, all.size());
    assertTrue(all.stream().allMatch("UNKNOWN_PROPERTY"::equals), all::toString);
    List<String> capped = codes(KansenJson.builder().maxViolations(4).build(), document);
    assertEquals(List.of("UNKNOWN_PROPERTY", "UNKNOWN_PROPERTY", "UNKNOWN_PROPERTY", "TOO_MANY_VIOLATIONS"), capped);
  }

  @ParameterizedTest
  @ValueSource(strings = {"maxNestingDepth", "maxStringLength", "maxNumberLength", "maxDocumentLength", "maxViolations"})
  void theBuilderRefusesALimitBelowItsMinimumAndAcceptsTheMinimum(String limit) {
    KansenJson.Builder b = KansenJson.builder();
    int minimum = switch (limit) {
      case "maxNestingDepth" -> 16;
      case "maxStringLength" -> 1000;
      case "maxNumberLength" -> 20;
      case "maxDocumentLength" -> 1000;
      default -> 1;
    };
    Function<Integer, KansenJson.Builder> set = n -> switch (limit) {
      case "maxNestingDepth" -> b.maxNestingDepth(n);
      case "maxStringLength" -> b.maxStringLength(n);
      case "maxNumberLength" -> b.maxNumberLength(n);
      case "maxDocumentLength" -> b.maxDocumentLength(n);
      default -> b.maxViolations(n);
    };
    assertEquals(b, set.apply(minimum), "the builder returns itself");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> set.apply(minimum - 1));
    assertEquals(limit + " must be at least " + minimum + ", but was " + (minimum - 1), e.getMessage());
  }
}
