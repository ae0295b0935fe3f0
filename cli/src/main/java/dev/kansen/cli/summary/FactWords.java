package dev.kansen.cli.summary;

import dev.kansen.cli.text.Texts;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Partner;
import dev.kansen.model.QuantityQualifier;
import dev.kansen.model.id.AreaCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words the summary and the report use for the facts of wire format 1.1: a qualified quantity
 * ("at least 40"), a membership known only by a date or ended, a partner standing for a group, and
 * district and neighbourhood codes.
 */
public final class FactWords {
  private FactWords() {}

  /**
   * @param qualifier how the number relates to the true one; exact when absent
   * @param number the number as written
   * @return e.g. {@code at least 40}, or the number alone when exact
   */
  public static String quantity(Optional<QuantityQualifier> qualifier, String number) {
    return quantity(qualifier, number, Texts.of(java.util.Locale.ENGLISH));
  }

  /**
   * @param qualifier how the number relates to the true one; exact when absent
   * @param number the number as written
   * @param t the language
   * @return e.g. {@code at least 40} or {@code ten minste 40}, or the number alone when exact
   */
  public static String quantity(Optional<QuantityQualifier> qualifier, String number, Texts t) {
    return qualifier.filter(q -> q != QuantityQualifier.EXACT).map(q -> t.label(q) + " " + number).orElse(number);
  }

  /**
   * @param member an alliance membership
   * @return e.g. {@code joined 2019-03-01}, {@code member by 2021-01-28}, with {@code , left …} when it ended
   */
  public static String membership(AllianceMembership member) {
    return membership(member, Texts.of(java.util.Locale.ENGLISH));
  }

  /**
   * @param member an alliance membership
   * @param t the language
   * @return the membership's dates in that language
   */
  public static String membership(AllianceMembership member, Texts t) {
    List<String> parts = new ArrayList<>();
    member.joined().ifPresent(day -> parts.add(t.get("facts.joined", t.day(day))));
    member.knownBy().ifPresent(day -> parts.add(t.get("facts.memberBy", t.day(day))));
    if (parts.isEmpty()) {
      parts.add(t.get("facts.joinDateNotKnown"));
    }
    member.left().ifPresent(day -> parts.add(t.get("facts.left", t.day(day))));
    return String.join(", ", parts);
  }

  /**
   * @param partner a partner
   * @return what 1.1 says about it beyond 1.0: how many organisations it stands for, its period in
   *     the programme and its areas; empty when nothing
   */
  public static Optional<String> partner(Partner partner) {
    return partner(partner, Texts.of(java.util.Locale.ENGLISH));
  }

  /**
   * @param partner a partner
   * @param t the language
   * @return what 1.1 says about it beyond 1.0, in that language; empty when nothing
   */
  public static Optional<String> partner(Partner partner, Texts t) {
    List<String> parts = new ArrayList<>();
    partner.organisations().ifPresent(n -> parts.add(t.get("facts.standsFor", n)));
    partner.period().ifPresent(p -> parts.add(t.get("facts.inProgramme", t.day(p.start()), t.day(p.end()))));
    if (!partner.areas().isEmpty()) {
      parts.add(t.get("facts.areas", areas(partner.areas())));
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
  }

  /**
   * @param areas district and neighbourhood codes
   * @return the codes, comma-separated
   */
  public static String areas(List<AreaCode> areas) {
    return areas.stream().map(AreaCode::value).collect(Collectors.joining(", "));
  }
}
