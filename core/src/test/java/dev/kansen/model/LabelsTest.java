package dev.kansen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.testing.MainClasses;
import dev.kansen.validation.Code;
import dev.kansen.validation.Severity;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every constant of every public enum of kansen's exported packages has a label in English and in
 * Dutch (codes excepted: their texts are the catalogue's), so no enum name reaches a reader.
 */
class LabelsTest {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final Set<String> EXPORTED = Set.of("dev.kansen.model", "dev.kansen.model.id", "dev.kansen.validation",
      "dev.kansen.analysis");

  @Test
  void everyConstantOfEveryPublicEnumHasALabelInEnglishAndDutch() throws Exception {
    List<Class<?>> enums = publicEnums();
    assertTrue(enums.contains(OrganisationType.class) && enums.contains(Severity.class)
        && enums.size() >= 15, "found the public enums: " + enums);
    List<String> missing = new ArrayList<>();
    for (Class<?> type : enums) {
      for (Object constant : type.getEnumConstants()) {
        Enum<?> value = (Enum<?>) constant;
        for (Locale locale : List.of(Locale.ENGLISH, DUTCH)) {
          if (Labels.find(value, locale).filter(l -> !l.isBlank()).isEmpty()) {
            missing.add((locale.getLanguage().equals("en") ? "labels.properties: " : "labels_nl.properties: ")
                + type.getSimpleName() + "." + value.name());
          }
        }
      }
    }
    assertEquals(List.of(), missing, "add these keys to core/src/main/resources/dev/kansen/model/");
  }

  @Test
  void dutchLabelsAreDutch() {
    assertEquals("basisschool", Labels.of(OrganisationType.PRIMARY_SCHOOL, DUTCH));
    assertEquals("peuteropvang", Labels.of(OrganisationType.PRESCHOOL, DUTCH));
    assertEquals("schoolbestuur", Labels.of(OrganisationType.SCHOOL_BOARD, DUTCH));
    assertEquals("voorschoolse educatie", Labels.of(InterventionType.EARLY_CHILDHOOD_EDUCATION, DUTCH));
    assertEquals("Warme overdracht", Labels.capitalised(InterventionType.WARM_HANDOVER, Locale.forLanguageTag("nl-BE")));
  }

  @Test
  void anyOtherLanguageReadsEnglish() {
    assertEquals("primary school", Labels.of(OrganisationType.PRIMARY_SCHOOL, Locale.ENGLISH));
    assertEquals("primary school", Labels.of(OrganisationType.PRIMARY_SCHOOL, Locale.GERMAN));
    assertEquals("primary school", Labels.of(OrganisationType.PRIMARY_SCHOOL, Locale.ROOT));
    assertEquals("School board", Labels.capitalised(OrganisationType.SCHOOL_BOARD, Locale.ENGLISH));
  }

  @Test
  void aConstantWithoutALabelReadsAsItsNameInWords() {
    assertEquals("b", Labels.of(Unlabelled.B, DUTCH));
  }

  /** An enum no bundle knows. */
  private enum Unlabelled {
    B
  }

  private static List<Class<?>> publicEnums() {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> type : MainClasses.all()) {
      if (type.isEnum() && Modifier.isPublic(type.getModifiers()) && EXPORTED.contains(type.getPackageName())
          && !Code.class.isAssignableFrom(type)) {
        out.add(type);
      }
    }
    return out;
  }
}
