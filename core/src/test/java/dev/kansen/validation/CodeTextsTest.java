package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle of kansen's codes is complete: each code of the four enums has a what, why, fix and
 * message (or message variants) in English and in every other language, with the same keys. A
 * failure lists exactly the keys to add or remove.
 */
class CodeTextsTest {
  private static final Path BUNDLES = Path.of("src", "main", "resources", "dev", "kansen", "validation");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?:,([a-z]+(?::[A-Za-z]+)?))?}");
  private static final Set<String> TYPES = Set.of("date", "period", "money", "number", ArgumentFormat.TERM);

  static List<Code> allCodes() {
    return Stream.of(RuleCode.values(), ValueCode.values(), ReadCode.values(), CommandCode.values())
        .flatMap(Arrays::stream)
        .map(Code.class::cast)
        .toList();
  }

  /** @return the language tags of the bundles beside codes.properties, such as {@code nl} */
  static List<String> languages() throws IOException {
    try (Stream<Path> files = Files.list(BUNDLES)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("codes_") && n.endsWith(".properties"))
          .map(n -> n.substring("codes_".length(), n.length() - ".properties".length()))
          .sorted()
          .toList();
    }
  }

  static Properties bundle(String name) {
    Properties properties = new Properties();
    try (InputStream in = CodeTexts.class.getResourceAsStream(name + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /**
   * @param code a code's name
   * @param locale {@link Locale#ROOT} for English, else the language
   * @return the message keys of the code in that language's bundle: {@code CODE.message} and
   *     {@code CODE.message.VARIANT}
   */
  static Set<String> messageKeys(String code, Locale locale) {
    Properties bundle = bundle(locale.getLanguage().isEmpty() ? "codes" : "codes_" + locale.getLanguage());
    return bundle.stringPropertyNames().stream()
        .filter(k -> k.equals(code + ".message") || k.startsWith(code + ".message."))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> requiredKeys() {
    Set<String> keys = new TreeSet<>();
    for (Code code : allCodes()) {
      for (String part : List.of("what", "why", "fix")) {
        keys.add(code.name() + "." + part);
      }
    }
    return keys;
  }

  @Test
  void thereIsADutchBundle() throws IOException {
    assertTrue(languages().contains("nl"), languages().toString());
    assertEquals(List.of(Locale.forLanguageTag("nl")), CodeTexts.translations());
  }

  @Test
  void everyCodeHasAWhatWhyAndFixAndEveryRuleAndValueCodeAMessageInEnglish() {
    Properties english = bundle("codes");
    Set<String> missing = new TreeSet<>(requiredKeys());
    missing.removeAll(english.stringPropertyNames());
    for (Code code : Stream.concat(Arrays.stream(RuleCode.values()), Arrays.stream(ValueCode.values())).toList()) {
      if (messageKeys(code.name(), Locale.ROOT).isEmpty()) {
        missing.add(code.name() + ".message");
      }
    }
    assertEquals(Set.of(), missing, "codes.properties lacks these keys");
  }

  @Test
  void everyLanguageHasExactlyTheKeysOfEnglish() throws IOException {
    Set<String> english = bundle("codes").stringPropertyNames();
    for (String language : languages()) {
      Set<String> translated = bundle("codes_" + language).stringPropertyNames();
      Set<String> missing = new TreeSet<>(english);
      missing.removeAll(translated);
      assertEquals(Set.of(), missing, "codes_" + language + ".properties lacks these keys");
      Set<String> extra = new TreeSet<>(translated);
      extra.removeAll(english);
      assertEquals(Set.of(), extra, "codes_" + language + ".properties has keys that English has not");
    }
  }

  @Test
  void aTranslatedPatternNamesTheArgumentsOfTheEnglishOneWithTheSameTypes() throws IOException {
    Properties english = bundle("codes");
    for (String language : languages()) {
      Properties translated = bundle("codes_" + language);
      for (String key : english.stringPropertyNames()) {
        if (!key.contains(".message") || translated.getProperty(key) == null) {
          continue;
        }
        assertEquals(placeholders(english.getProperty(key)), placeholders(translated.getProperty(key)),
            "codes_" + language + ".properties " + key);
      }
    }
  }

  @Test
  void aPlaceholderHasAKnownTypeOrNone() {
    Properties english = bundle("codes");
    for (String key : english.stringPropertyNames()) {
      Matcher m = PLACEHOLDER.matcher(english.getProperty(key));
      while (m.find()) {
        assertTrue(m.group(2) == null || TYPES.contains(m.group(2)) || isLabelOfAModelEnum(m.group(2)),
            key + ": " + m.group());
      }
    }
  }

  private static boolean isLabelOfAModelEnum(String type) {
    return type.startsWith(ArgumentFormat.LABEL)
        && ArgumentFormat.labelledEnum(type.substring(ArgumentFormat.LABEL.length())).isPresent();
  }

  @Test
  void aLabelPlaceholderNamesAPublicModelEnumAndNothingElse() {
    assertTrue(isLabelOfAModelEnum("label:InterventionStatus"));
    assertTrue(isLabelOfAModelEnum("label:IdentifierScheme"));
    assertFalse(isLabelOfAModelEnum("label:Severity"), "not a model enum");
    assertFalse(isLabelOfAModelEnum("label:NoSuchEnum"));
    assertFalse(isLabelOfAModelEnum("label:Programme"), "not an enum");
    assertFalse(isLabelOfAModelEnum("label:"));
  }

  @Test
  void aLabelPlaceholderWritesTheLabelInTheLanguageAndTheConstantInEnglish() {
    Locale dutch = Locale.forLanguageTag("nl");
    Map<String, String> arguments = Map.of("status", "FINALISATION", "type", "PRIMARY_SCHOOL",
        "roles", "[FUNDING, IMPLEMENTING]", "odd", "SIDEWAYS", "none", "[]", "mixed", "[FUNDING, SIDEWAYS]");
    String pattern = "{status,label:InterventionStatus} | {type,label:OrganisationType} | {roles,label:PartnerRole}"
        + " | {odd,label:InterventionStatus} | {none,label:PartnerRole} | {mixed,label:PartnerRole}"
        + " | {type,label:NoSuchEnum}";
    assertEquals("in afronding | basisschool | financierend, uitvoerend | SIDEWAYS | [] | [FUNDING, SIDEWAYS]"
        + " | PRIMARY_SCHOOL", CodeTexts.fill(pattern, arguments, dutch).orElseThrow());
    assertEquals("FINALISATION | PRIMARY_SCHOOL | [FUNDING, IMPLEMENTING] | SIDEWAYS | [] | [FUNDING, SIDEWAYS]"
        + " | PRIMARY_SCHOOL", CodeTexts.fill(pattern, arguments, Locale.ENGLISH).orElseThrow());
    assertEquals(CodeTexts.fill(pattern, arguments).orElseThrow(),
        CodeTexts.fill(pattern, arguments, Locale.ROOT).orElseThrow());
    assertEquals("OTHER / andere organisatie / andere interventie", CodeTexts.fill(
        "{v} / {v,label:OrganisationType} / {v,label:InterventionType}", Map.of("v", "OTHER"), dutch).orElseThrow(),
        "the enum the placeholder names chooses the label of a name that several enums have");
  }

  @Test
  void aDutchTextIsNotTheEnglishOne() {
    Properties english = bundle("codes");
    Properties dutch = bundle("codes_nl");
    Set<String> same = new TreeSet<>();
    for (String key : dutch.stringPropertyNames()) {
      if (dutch.getProperty(key).equals(english.getProperty(key))) {
        same.add(key);
      }
    }
    assertEquals(Set.of(), same, "codes_nl.properties repeats the English text of these keys");
  }

  @Test
  void theCatalogueSpeaksDutchForDutchAndEnglishOtherwise() {
    Locale dutch = Locale.forLanguageTag("nl");
    assertTrue(RuleCode.SMALL_CELL.fix(dutch).contains("leerling"), RuleCode.SMALL_CELL.fix(dutch));
    assertTrue(RuleCode.SMALL_CELL.fix(Locale.ENGLISH).contains("pupil"), RuleCode.SMALL_CELL.fix(Locale.ENGLISH));
    assertEquals(RuleCode.SMALL_CELL.fix(dutch), RuleCode.SMALL_CELL.fix(Locale.forLanguageTag("nl-BE")));
    assertEquals(RuleCode.SMALL_CELL.what(Locale.ENGLISH), RuleCode.SMALL_CELL.what(Locale.ROOT));
    assertEquals(RuleCode.SMALL_CELL.what(Locale.ENGLISH), RuleCode.SMALL_CELL.what(Locale.GERMAN));
  }

  @Test
  void typedPlaceholdersTakeTheLocalesStyleAndEnglishKeepsTheWireNotation() {
    Map<String, String> arguments = Map.of("date", "2024-08-01", "amount", "EUR 50000.00",
        "period", "2024-08-01..2025-07-31", "value", "1234.5");
    String pattern = "{date,date} | {amount,money} | {period,period} | {value,number} | {date}";
    Locale dutch = Locale.forLanguageTag("nl");
    assertEquals("1 augustus 2024 | € 50.000,00 | 1 augustus 2024 t/m 31 juli 2025 | 1.234,5 | 2024-08-01",
        CodeTexts.fill(pattern, arguments, dutch).orElseThrow());
    assertEquals("2024-08-01 | EUR 50000.00 | 2024-08-01..2025-07-31 | 1234.5 | 2024-08-01",
        CodeTexts.fill(pattern, arguments, Locale.ENGLISH).orElseThrow());
    assertEquals(CodeTexts.fill(pattern, arguments).orElseThrow(),
        CodeTexts.fill(pattern, arguments, Locale.ROOT).orElseThrow());
  }

  @Test
  void aValueThatIsNotOfItsPlaceholdersTypeIsWrittenAsItIs() {
    Locale dutch = Locale.forLanguageTag("nl");
    Map<String, String> odd = Map.of("date", "soon", "amount", "XYZ 1", "period", "2024", "value", "many");
    assertEquals("soon XYZ 1 2024 many",
        CodeTexts.fill("{date,date} {amount,money} {period,period} {value,number}", odd, dutch).orElseThrow());
    assertEquals("US$ 1.000,00 en € -5,50", CodeTexts.fill("{a,money} en {b,money}",
        Map.of("a", "USD 1000", "b", "EUR -5.5"), dutch).orElseThrow());
  }

  @Test
  void noEnglishPatternIsLeftWithoutTheCodeItBelongsTo() {
    Set<String> names = allCodes().stream().map(Code::name).collect(Collectors.toSet());
    Set<String> orphans = new TreeSet<>();
    for (String key : bundle("codes").stringPropertyNames()) {
      if (!key.startsWith("term.") && !names.contains(key.substring(0, key.indexOf('.')))) {
        orphans.add(key);
      }
    }
    assertEquals(Set.of(), orphans, "codes.properties has keys of codes that do not exist");
  }

  private static Map<String, String> placeholders(String pattern) {
    Map<String, String> found = new java.util.TreeMap<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.put(m.group(1), m.group(2) == null ? "" : m.group(2));
    }
    return found;
  }

  @Test
  void placeholdersAreFoundWithTheirTypes() {
    assertEquals(Map.of("a", "", "b", "date"), placeholders("x {a} y {b,date} z"));
    assertEquals(Map.of("s", "label:InterventionStatus"), placeholders("x {s,label:InterventionStatus} y"));
    assertFalse(placeholders("no placeholder").containsKey("a"));
  }

  @Test
  void everyReadAndCommandCodeHasMessagesInEnglishAndDutchThatFillCompletely() {
    Locale dutch = Locale.forLanguageTag("nl");
    Properties english = bundle("codes");
    Properties translated = bundle("codes_nl");
    for (Code code : Stream.concat(Arrays.stream(ReadCode.values()), Arrays.stream(CommandCode.values())).toList()) {
      Set<String> keys = messageKeys(code.name(), Locale.ROOT);
      assertFalse(keys.isEmpty(), code + " has no message pattern");
      assertEquals(keys, messageKeys(code.name(), dutch), code.name());
      for (String key : keys) {
        Map<String, String> arguments = new java.util.HashMap<>();
        placeholders(english.getProperty(key)).keySet().forEach(name -> arguments.put(name, "7"));
        for (String pattern : List.of(english.getProperty(key), translated.getProperty(key))) {
          String filled = CodeTexts.fill(pattern, arguments, dutch).orElseThrow(() -> new AssertionError(key));
          assertFalse(PLACEHOLDER.matcher(filled).find(), key + ": " + filled);
        }
      }
    }
  }

  @Test
  void aTermPlaceholderIsWrittenAsTheTermOfTheMessagesLanguage() {
    Map<String, String> arguments = Map.of("expected", "integer", "found", "decimal", "odd", "nothing");
    String pattern = "{expected,term} / {found,term} / {odd,term}";
    assertEquals("an integer / a decimal number / nothing", CodeTexts.fill(pattern, arguments).orElseThrow());
    assertEquals("een geheel getal / een decimaal getal / nothing",
        CodeTexts.fill(pattern, arguments, Locale.forLanguageTag("nl")).orElseThrow());
  }

  @Test
  void everyTermOfEnglishIsTranslated() {
    Properties dutch = bundle("codes_nl");
    for (String key : bundle("codes").stringPropertyNames()) {
      if (key.startsWith("term.")) {
        assertTrue(dutch.containsKey(key), key);
      }
    }
  }
}
