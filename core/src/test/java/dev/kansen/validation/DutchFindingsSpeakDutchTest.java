package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Labels;
import dev.kansen.model.Programme;
import dev.kansen.testing.MainClasses;
import dev.kansen.testing.ProgrammeGenerator;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Dutch reader of a finding reads Dutch words, not the wire format's enum constants, and dates as
 * Dutch readers write them: for every rule case, the Dutch message holds no name of a constant of a
 * public model enum (unless the constant's Dutch label holds it, as {@code BRIN-code} holds
 * {@code BRIN}) and no ISO date; so does every Dutch finding of the seeded generated programmes with
 * each of their injected faults.
 */
class DutchFindingsSpeakDutchTest {
  private static final Validator VALIDATOR = Validator.standard();
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final Set<String> MODEL = Set.of("dev.kansen.model", "dev.kansen.model.id");
  private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Map<String, List<Enum<?>>> CONSTANTS = constants();

  static Stream<RuleCasesTest.Case> cases() {
    return RuleCasesTest.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aDutchFindingNamesNoEnumConstantAndNoIsoDate(RuleCasesTest.Case c) {
    List<String> wrong = new ArrayList<>();
    for (Violation v : VALIDATOR.validate(c.failing(), c.context()).violations()) {
      wrong.addAll(foreign(v.localizedMessage(DUTCH)));
    }
    assertEquals(List.of(), wrong);
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> seeds() {
    return dev.kansen.testing.Seeds.cases();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aDutchFindingOfAGeneratedProgrammeWithInjectedFaultsNamesNoEnumConstantAndNoIsoDate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Programme generated = ProgrammeGenerator.programme(random);
    List<Programme> programmes = new ArrayList<>(List.of(generated));
    for (GeneratedProgrammesTest.Fault fault : GeneratedProgrammesTest.Fault.values()) {
      fault.inject(generated, random).ifPresent(injected -> programmes.add(injected.programme()));
    }
    ValidationContext context = ValidationContext.asOf(ProgrammeGenerator.AS_OF);
    List<String> wrong = new ArrayList<>();
    for (Programme programme : programmes) {
      for (Violation v : VALIDATOR.validate(programme, context).violations()) {
        wrong.addAll(foreign(v.localizedMessage(DUTCH)));
      }
    }
    assertEquals(List.of(), wrong, () -> dev.kansen.testing.Seeds.describe(seed));
  }

  @Test
  void theSweepFindsConstantsAndIsoDatesAndSparesLabelsThatHoldTheirConstant() {
    assertTrue(CONSTANTS.containsKey("PRIMARY_SCHOOL") && CONSTANTS.containsKey("CLOSED"), CONSTANTS.keySet().toString());
    assertEquals(List.of("CLOSED in \"Interventie x heeft status CLOSED sinds 2024-08-01\"",
        "2024-08-01 in \"Interventie x heeft status CLOSED sinds 2024-08-01\""),
        foreign("Interventie x heeft status CLOSED sinds 2024-08-01"));
    assertEquals(List.of(), foreign("Partner \"p\" heeft BRIN-code 16SW en is een basisschool sinds 1 augustus 2024"));
  }

  /** @return each constant name, date or ISO date in the message that a Dutch reader should not meet */
  private static List<String> foreign(String message) {
    List<String> found = new ArrayList<>();
    Matcher word = WORD.matcher(message);
    while (word.find()) {
      String token = word.group();
      boolean constant = CONSTANTS.getOrDefault(token, List.of()).stream()
          .anyMatch(e -> !Labels.of(e, DUTCH).toUpperCase(DUTCH).contains(token));
      if (constant) {
        found.add(token + " in \"" + message + "\"");
      }
    }
    Matcher date = ISO_DATE.matcher(message);
    while (date.find()) {
      found.add(date.group() + " in \"" + message + "\"");
    }
    return found;
  }

  private static Map<String, List<Enum<?>>> constants() {
    Map<String, List<Enum<?>>> out = new TreeMap<>();
    for (Class<?> type : publicModelEnums()) {
      for (Object constant : type.getEnumConstants()) {
        Enum<?> value = (Enum<?>) constant;
        out.computeIfAbsent(value.name(), n -> new ArrayList<>()).add(value);
      }
    }
    return out;
  }

  private static List<Class<?>> publicModelEnums() {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> type : MainClasses.all()) {
      if (type.isEnum() && Modifier.isPublic(type.getModifiers()) && MODEL.contains(type.getPackageName())) {
        out.add(type);
      }
    }
    return out;
  }
}
