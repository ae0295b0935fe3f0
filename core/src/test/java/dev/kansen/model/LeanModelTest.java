package dev.kansen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The model keeps no collection of its own where it has nothing to hold: every object without
 * unknown properties answers the one shared empty map, and lists nothing was added to are the
 * shared empty list. Sets of constants keep the order of their constants; unknown properties their
 * names' order.
 */
class LeanModelTest {
  private static Partner partner() {
    return Partner.builder().id("p").name("Partner").type(OrganisationType.PRIMARY_SCHOOL).build();
  }

  private static Breakdown breakdown() {
    return Breakdown.builder().dimension("d").category("c").build();
  }

  @Test
  void everyObjectWithoutUnknownPropertiesSharesOneEmptyMap() {
    assertSame(partner().unknownProperties(), breakdown().unknownProperties());
    assertSame(Collections.emptySortedMap(), partner().unknownProperties());
    assertSame(partner().storedUnknownProperties(), breakdown().storedUnknownProperties());
  }

  @Test
  void listsNothingWasAddedToAreTheSharedEmptyList() {
    Partner p = partner();
    assertSame(Collections.emptyList(), p.identifiers());
    assertSame(p.identifiers(), p.areas());
    assertSame(Collections.emptySet(), p.roles());
  }

  @Test
  void unknownPropertiesAreInNameOrderWhateverTheOrderTheyWereGiven() {
    Breakdown b = Breakdown.builder().dimension("d").category("c")
        .putUnknownProperties("zeta", "1").putUnknownProperties("alpha", "[]").putUnknownProperties("mu", "{}").build();
    assertEquals(List.of("alpha", "mu", "zeta"), List.copyOf(b.unknownProperties().keySet()));
    assertEquals(Map.of("alpha", "[]", "mu", "{}", "zeta", "1"), b.unknownProperties());
    assertThrows(UnsupportedOperationException.class, () -> b.unknownProperties().put("x", "1"));
    Breakdown same = Breakdown.builder().from(b).build();
    assertEquals(b, same);
    assertEquals(b.hashCode(), same.hashCode());
  }

  @Test
  void setsOfConstantsIterateInTheConstantsOrderWhateverTheOrderTheyWereGiven() {
    PartnerRole[] roles = PartnerRole.values();
    Partner p = Partner.builder().id("p").name("Partner").type(OrganisationType.PRIMARY_SCHOOL)
        .addRoles(roles[roles.length - 1], roles[0], roles[roles.length - 1]).build();
    assertEquals(List.of(roles[0], roles[roles.length - 1]), List.copyOf(p.roles()));
    assertEquals(Set.of(roles[0], roles[roles.length - 1]), p.roles());
    assertThrows(UnsupportedOperationException.class, () -> p.roles().add(roles[1]));
  }

  @Test
  void schoolYearsAreParsedAsTheDocumentedPatternSays() {
    Pattern documented = Pattern.compile("([0-9]{4})-([0-9]{4})");
    String alphabet = "0129-/ x\u0660";
    SplittableRandom random = new SplittableRandom(5);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder(n % 2 == 0 ? "2023-2024" : "");
      int edits = random.nextInt(n % 2 == 0 ? 3 : 12);
      for (int e = 0; e < edits; e++) {
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        int at = random.nextInt(b.length() + 1);
        if (at < b.length() && random.nextBoolean()) {
          b.setCharAt(at, c);
        } else {
          b.insert(at, c);
        }
      }
      String text = b.toString();
      Matcher m = documented.matcher(text);
      boolean expected = m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1
          && Integer.parseInt(m.group(1)) >= 1900 && Integer.parseInt(m.group(1)) <= 2199;
      boolean parsed;
      try {
        parsed = SchoolYear.parse(text).startYear() == Integer.parseInt(text.substring(0, 4));
      } catch (InvalidValueException e) {
        parsed = false;
      }
      assertEquals(expected, parsed, () -> "\"" + text + "\"");
    }
  }
}
