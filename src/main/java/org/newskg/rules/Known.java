package org.newskg.rules;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Phrases error messages: "(known: a, b, c, …)" and a "did you mean" for near misses. */
final class Known {
  private static final int SHOWN = 12;

  private Known() {}

  /**
   * " (known: a, b, …)" plus " — did you mean {@code prefix}X?" when a known name is one or two
   * edits away.
   */
  static String hint(String prefix, String wrong, Collection<String> known) {
    List<String> sorted = known.stream().sorted().collect(Collectors.toList());
    String shown = sorted.stream().limit(SHOWN).collect(Collectors.joining(", "));
    if (sorted.size() > SHOWN) {
      shown += ", …";
    }
    String best = null;
    int bestDistance = 3;
    for (String k : sorted) {
      int d = distance(wrong, k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return " (known: " + shown + ")" + (best == null ? "" : " — did you mean " + prefix + best + "?");
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
