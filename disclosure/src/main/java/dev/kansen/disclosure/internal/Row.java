package dev.kansen.disclosure.internal;

import java.util.List;

/**
 * One additive relation of a table: the parent's pupils (and, through its value, its pupils with the
 * attribute) are the sum of its members'. The members include a residual when they leave pupils out.
 *
 * @param parent the index of the parent node
 * @param members the indices of the members
 */
record Row(int parent, List<Integer> members) {
  Row {
    members = List.copyOf(members);
  }
}
