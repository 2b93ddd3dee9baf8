package org.newskg.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.text.AnnotatedSentence;

/**
 * One match of a pattern: the tokens [start, end) and its named captures.
 *
 * @param captures capture name → every span it captured, in sentence order; names that captured
 *     nothing are absent
 */
public record Match(int start, int end, Map<String, List<Capture>> captures) {
  public Match {
    Map<String, List<Capture>> copy = new LinkedHashMap<>();
    captures.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    captures = Collections.unmodifiableMap(copy);
  }

  /** All spans captured under {@code name} (several when the capture sat in a repetition). */
  public List<Capture> captures(String name) {
    return captures.getOrDefault(name, List.of());
  }

  /** The first span captured under {@code name}, or null. */
  public Capture capture(String name) {
    List<Capture> list = captures.get(name);
    return list == null || list.isEmpty() ? null : list.get(0);
  }

  /** Names that captured at least one span, in the order they first appear in the pattern. */
  public Set<String> names() {
    return captures.keySet();
  }

  public String text(AnnotatedSentence sentence) {
    return sentence.textOf(start, end);
  }
}
