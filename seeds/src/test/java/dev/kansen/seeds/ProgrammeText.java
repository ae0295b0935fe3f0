package dev.kansen.seeds;

import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import java.util.ArrayList;
import java.util.List;

/** Every text a programme holds — titles, names, descriptions, purposes — for "the article's word is there" checks. */
final class ProgrammeText {
  private ProgrammeText() {}

  static String of(Programme p) {
    List<String> texts = new ArrayList<>();
    texts.add(p.title());
    p.description().ifPresent(texts::add);
    for (Partner partner : p.partners()) {
      texts.add(partner.name());
      partner.description().ifPresent(texts::add);
    }
    for (Intervention i : p.interventions()) {
      texts.add(i.title());
      i.description().ifPresent(texts::add);
      i.targetGroup().flatMap(t -> t.description()).ifPresent(texts::add);
    }
    for (Goal g : p.goals()) {
      texts.add(g.title());
      g.description().ifPresent(texts::add);
    }
    for (Grant g : p.grants()) {
      g.purpose().ifPresent(texts::add);
    }
    return String.join("\n", texts);
  }
}
