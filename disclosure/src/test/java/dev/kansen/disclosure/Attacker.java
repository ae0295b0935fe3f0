package dev.kansen.disclosure;

import dev.kansen.analysis.PublishedCell;
import dev.kansen.analysis.PublishedFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The attacker of the threat model, written apart from the production code: it knows every group's
 * pupils (public registers), the true total, which school belongs to which board, and everything
 * published; it enumerates every integer number of pupils with the attribute for every group that
 * agrees with all of it, and collects, for each group and each union of withheld groups, the values
 * that remain possible. A published share stands for every count it rounds from (checked count by
 * count, not by formula).
 */
final class Attacker {
  private final GeneratedTable table;
  private final Map<String, Set<Long>> domains = new HashMap<>();
  private final Map<String, Boolean> published = new HashMap<>();
  /** What the attacker finds possible, per group name; unions are named "union:" + dimension (+ board). */
  final Map<String, Set<Long>> possible = new LinkedHashMap<>();
  final Map<String, Long> sizes = new LinkedHashMap<>();
  final Set<Long> totalDomain;

  Attacker(GeneratedTable table, PublishedFigure total, List<PublishedCell> cells) {
    this.table = table;
    for (PublishedCell c : cells) {
      String name = c.dimension() + "/" + c.category();
      long n = table.truth.get(name)[0];
      published.put(name, !c.suppressed());
      domains.put(name, domain(n, c.suppressed() ? null : c.value().orElse(null)));
    }
    totalDomain = domain(table.pupils, total.suppressed() ? null : total.value().orElse(null));
    for (long aT : totalDomain) {
      Map<String, Set<Long>> schoolSide = schoolSide(aT);
      Map<String, Set<Long>> educationSide = educationSide(aT);
      if (schoolSide.isEmpty() || educationSide.isEmpty()) {
        continue;
      }
      schoolSide.forEach((k, v) -> possible.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
      educationSide.forEach((k, v) -> possible.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
    }
  }

  /** @return whether the total alone pins every group: a published total of 0% or 100% */
  boolean totalSaysAll() {
    return totalDomain.size() == 1 && (totalDomain.contains(0L) || totalDomain.contains(table.pupils));
  }

  private static Set<Long> domain(long n, BigDecimal value) {
    Set<Long> d = new TreeSet<>();
    for (long a = 0; a <= n; a++) {
      if (value == null || (n > 0 && GeneratedTable.percent(a, n, value.scale()).compareTo(value) == 0)) {
        d.add(a);
      }
    }
    return d;
  }

  private List<String> present(String dimension, List<String> categories) {
    List<String> names = new ArrayList<>();
    for (String c : categories) {
      if (table.truth.containsKey(dimension + "/" + c)) {
        names.add(dimension + "/" + c);
      }
    }
    return names;
  }

  private Map<String, Set<Long>> schoolSide(long aT) {
    List<String> schools = present(GeneratedTable.SCHOOL, table.schools);
    List<String> boards = present(GeneratedTable.BOARD, new ArrayList<>(table.boards.keySet()));
    long boardPupils = boards.stream().mapToLong(b -> table.truth.get(b)[0]).sum();
    long rest = table.pupils - boardPupils;
    Map<String, Set<Long>> found = new HashMap<>();
    long[] values = new long[schools.size()];
    enumerate(schools, 0, aT, values, assignment -> {
      Map<String, Long> value = new HashMap<>();
      for (int i = 0; i < schools.size(); i++) {
        value.put(schools.get(i), assignment[i]);
      }
      long boardSum = 0;
      for (String b : boards) {
        long sum = table.boards.get(b.substring(b.indexOf('/') + 1)).stream()
            .mapToLong(s -> value.getOrDefault(GeneratedTable.SCHOOL + "/" + s, 0L)).sum();
        if (!domains.get(b).contains(sum)) {
          return;
        }
        value.put(b, sum);
        boardSum += sum;
      }
      if (!boards.isEmpty()) {
        long restValue = aT - boardSum;
        if (restValue < 0 || restValue > rest) {
          return;
        }
        if (rest > 0) {
          value.put("rest/" + GeneratedTable.BOARD, restValue);
          sizes.put("rest/" + GeneratedTable.BOARD, rest);
        }
      }
      record(found, value, schools, GeneratedTable.SCHOOL);
      if (!boards.isEmpty()) {
        List<String> boardGroups = new ArrayList<>(boards);
        if (rest > 0) {
          boardGroups.add("rest/" + GeneratedTable.BOARD);
        }
        record(found, value, boardGroups, GeneratedTable.BOARD);
        for (String b : boards) {
          List<String> members = table.boards.get(b.substring(b.indexOf('/') + 1)).stream()
              .map(s -> GeneratedTable.SCHOOL + "/" + s).filter(table.truth::containsKey).toList();
          if (published.get(b)) {
            record(found, value, members, "board " + b);
          }
        }
      }
    });
    return found;
  }

  private Map<String, Set<Long>> educationSide(long aT) {
    List<String> groups = present(GeneratedTable.EDUCATION, table.education);
    long stated = groups.stream().mapToLong(g -> table.truth.get(g)[0]).sum();
    long left = table.pupils - stated;
    Map<String, Set<Long>> found = new HashMap<>();
    long[] values = new long[groups.size()];
    enumerateUpTo(groups, 0, aT, left, values, assignment -> {
      Map<String, Long> value = new HashMap<>();
      long sum = 0;
      for (int i = 0; i < groups.size(); i++) {
        value.put(groups.get(i), assignment[i]);
        sum += assignment[i];
      }
      List<String> all = new ArrayList<>(groups);
      if (left > 0) {
        value.put("rest/" + GeneratedTable.EDUCATION, aT - sum);
        sizes.put("rest/" + GeneratedTable.EDUCATION, left);
        all.add("rest/" + GeneratedTable.EDUCATION);
      }
      record(found, value, all, GeneratedTable.EDUCATION);
    });
    return found;
  }

  /** Records each group's value and the union of the withheld groups of one relation. */
  private void record(Map<String, Set<Long>> found, Map<String, Long> value, List<String> groups, String relation) {
    long union = 0;
    long unionSize = 0;
    for (String g : groups) {
      found.computeIfAbsent(g, x -> new TreeSet<>()).add(value.get(g));
      sizes.putIfAbsent(g, table.truth.containsKey(g) ? table.truth.get(g)[0] : sizes.get(g));
      if (!published.getOrDefault(g, false)) {
        union += value.get(g);
        unionSize += sizes.get(g);
      }
    }
    found.computeIfAbsent("union:" + relation, x -> new TreeSet<>()).add(union);
    sizes.put("union:" + relation, unionSize);
  }

  interface Visit {
    void accept(long[] assignment);
  }

  /** Every assignment of the groups, each in its domain, summing to exactly {@code sum}. */
  private void enumerate(List<String> groups, int i, long sum, long[] values, Visit visit) {
    if (i == groups.size()) {
      if (sum == 0) {
        visit.accept(values);
      }
      return;
    }
    long capacity = 0;
    for (int j = i; j < groups.size(); j++) {
      capacity += table.truth.get(groups.get(j))[0];
    }
    if (sum < 0 || sum > capacity) {
      return;
    }
    for (long a : domains.get(groups.get(i))) {
      values[i] = a;
      enumerate(groups, i + 1, sum - a, values, visit);
    }
  }

  /** Every assignment of the groups, each in its domain, summing to between {@code sum − left} and {@code sum}. */
  private void enumerateUpTo(List<String> groups, int i, long sum, long left, long[] values, Visit visit) {
    if (i == groups.size()) {
      if (sum >= 0 && sum <= left) {
        visit.accept(values);
      }
      return;
    }
    long capacity = left;
    for (int j = i; j < groups.size(); j++) {
      capacity += table.truth.get(groups.get(j))[0];
    }
    if (sum < 0 || sum > capacity) {
      return;
    }
    for (long a : domains.get(groups.get(i))) {
      values[i] = a;
      enumerateUpTo(groups, i + 1, sum - a, left, values, visit);
    }
  }
}
