package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Partner;
import dev.kansen.model.id.Identifier;
import dev.kansen.validation.Findings;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two partners do not carry the same identifier, unless it names the legal entity they share. */
final class DuplicatePartnerIdentifier extends BuiltInRule {
  DuplicatePartnerIdentifier() {
    super(RuleCode.DUPLICATE_PARTNER_IDENTIFIER);
  }

  private record Seen(int partner, int identifier) {}

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    List<Partner> partners = index.programme().partners();
    int[] roots = roots(index, partners);
    Map<Identifier, Seen> first = new HashMap<>(Math.max(16, partners.size() * 4));
    for (int i = 0; i < partners.size(); i++) {
      Partner partner = partners.get(i);
      for (int j = 0; j < partner.identifiers().size(); j++) {
        Identifier identifier = partner.identifiers().get(j);
        Seen earlier = first.putIfAbsent(identifier, new Seen(i, j));
        if (earlier == null) {
          continue;
        }
        boolean shared = earlier.partner() != i && IdentifierFit.LEGAL_ENTITY_SCHEMES.contains(identifier.scheme())
            && roots[earlier.partner()] == roots[i];
        if (!shared) {
          String other = partners.get(earlier.partner()).id();
          findings.reportVariant(index.partners().get(i).at(WireNames.IDENTIFIERS, j),
              earlier.partner() == i ? "samePartner" : "otherPartner", "scheme", identifier.scheme(),
              "identifier", identifier.value(), "partner", partner.id(), "other", other,
              "first", index.partners().get(earlier.partner()).at(WireNames.IDENTIFIERS, earlier.identifier()));
        }
      }
    }
  }

  /** The position of each partner's top organisation along partOf; a partner in a cycle is its own top. */
  private static int[] roots(ProgrammeIndex index, List<Partner> partners) {
    int n = partners.size();
    int[] roots = new int[n];
    Arrays.fill(roots, -1);
    // onChain[i] == start when partner i is on the chain followed from start
    int[] onChain = new int[n];
    Arrays.fill(onChain, -1);
    int[] chain = new int[n];
    for (int start = 0; start < n; start++) {
      if (roots[start] >= 0) {
        continue;
      }
      int length = 0;
      int current = start;
      int root;
      while (true) {
        if (roots[current] >= 0) {
          root = roots[current];
          break;
        }
        if (onChain[current] == start) {
          root = current;
          break;
        }
        onChain[current] = start;
        chain[length++] = current;
        int parent = index.partOfPosition(current);
        if (parent < 0) {
          root = current;
          break;
        }
        current = parent;
      }
      for (int k = 0; k < length; k++) {
        roots[chain[k]] = root;
      }
    }
    return roots;
  }
}
