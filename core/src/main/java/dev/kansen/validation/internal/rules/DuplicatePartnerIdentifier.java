package dev.kansen.validation.internal.rules;

import dev.kansen.validation.internal.KeyPositions;
import dev.kansen.model.WireNames;
import dev.kansen.model.Partner;
import dev.kansen.model.id.Identifier;
import dev.kansen.validation.Findings;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.Arrays;
import java.util.List;

/** Two partners do not carry the same identifier, unless it names the legal entity they share. */
final class DuplicatePartnerIdentifier extends BuiltInRule {
  DuplicatePartnerIdentifier() {
    super(RuleCode.DUPLICATE_PARTNER_IDENTIFIER);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    List<Partner> partners = index.programme().partners();
    int[] roots = roots(index, partners);
    int count = 0;
    for (int i = 0; i < partners.size(); i++) {
      count += partners.get(i).identifiers().size();
    }
    // each identifier's first occurrence, numbered in the order met: its partner and its index there
    KeyPositions first = new KeyPositions(count);
    int[] firstPartner = new int[count];
    int[] firstIdentifier = new int[count];
    int seen = 0;
    for (int i = 0; i < partners.size(); i++) {
      Partner partner = partners.get(i);
      List<Identifier> identifiers = partner.identifiers();
      for (int j = 0; j < identifiers.size(); j++) {
        Identifier identifier = identifiers.get(j);
        int earlier = first.putIfAbsent(identifier, seen);
        if (earlier == KeyPositions.NONE) {
          firstPartner[seen] = i;
          firstIdentifier[seen] = j;
          seen++;
          continue;
        }
        int other = firstPartner[earlier];
        boolean shared = other != i && IdentifierFit.LEGAL_ENTITY_SCHEMES.contains(identifier.scheme())
            && roots[other] == roots[i];
        if (!shared) {
          findings.reportVariant(index.partners().get(i).at(WireNames.IDENTIFIERS, j),
              other == i ? "samePartner" : "otherPartner", "scheme", identifier.scheme(),
              "identifier", identifier.value(), "partner", partner.id(), "other", partners.get(other).id(),
              "first", index.partners().get(other).at(WireNames.IDENTIFIERS, firstIdentifier[earlier]));
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
