package dev.kansen.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the findings of one rule that cannot depend on values left out of the programme, at their
 * paths in the document, and puts a {@link RuleCode#RULE_NOT_CHECKED} note in place of the others.
 */
final class NotChecked {
  private NotChecked() {}

  /**
   * @param rule the rule's code
   * @param found the rule's findings, at paths of the programme; replaced in place
   * @param unanswered the left-out value behind a lookup of the rule that could not be answered
   * @param leftOut what was left out
   */
  static void keepIndependent(String rule, List<Violation> found, Optional<JsonPointer> unanswered, LeftOut leftOut) {
    List<Violation> kept = new ArrayList<>();
    if (unanswered.isPresent()) {
      kept.add(note(rule, JsonPointer.root(), unanswered.get(), "lookup"));
    } else {
      Map<JsonPointer, JsonPointer> notes = new LinkedHashMap<>();
      for (Violation v : found) {
        JsonPointer path = leftOut.toDocument(v.path());
        Optional<JsonPointer> near = leftOut.near(path);
        if (near.isPresent()) {
          notes.putIfAbsent(LeftOut.entity(path), near.get());
        } else {
          kept.add(path.equals(v.path()) ? v : Violation.builder().from(v).path(path).build());
        }
      }
      notes.forEach((entity, value) -> kept.add(note(rule, entity, value, entity.segments().isEmpty() ? "programme" : "entity")));
    }
    found.clear();
    found.addAll(kept);
  }

  private static Violation note(String rule, JsonPointer at, JsonPointer value, String variant) {
    java.util.Map<String, String> arguments = new java.util.LinkedHashMap<>();
    arguments.put("rule", rule);
    if (variant.equals("entity")) {
      arguments.put("entity", at.toString());
    }
    arguments.put("leftOut", value.toString());
    String key = Violation.messageKey(RuleCode.RULE_NOT_CHECKED.name(), variant);
    return Violation.builder().code(RuleCode.RULE_NOT_CHECKED.name()).severity(Severity.INFO).path(at)
        .message(CodeTexts.fill(CodeTexts.english(key).orElseThrow(), arguments).orElseThrow())
        .variant(java.util.Optional.of(variant)).putAllArguments(arguments).build();
  }
}
