package org.newskg.text;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lines that are not the article: share buttons, comment prompts, "Recent Posts" lists, image
 * links. Loaded from {@code rules/boilerplate.tsv}: a line matching a {@code stop} pattern ends the
 * article (everything after it is page furniture); a {@code drop} line is skipped.
 *
 * <p>Every line of every article is checked, so each action's patterns are joined into one
 * alternation and run as a single match: one pass instead of one per pattern. A pattern's inline
 * flags ({@code (?i)}) stay inside its own group.
 */
public final class Boilerplate {
  private static final Pattern BACK_REFERENCE_OR_NAME = Pattern.compile("\\\\[1-9k]|\\(\\?<[a-zA-Z]");
  private final List<Pattern> stop;
  private final List<Pattern> drop;
  private final Pattern anyStop;
  private final Pattern anyDrop;

  public Boilerplate(List<Pattern> stop, List<Pattern> drop) {
    this.stop = List.copyOf(stop);
    this.drop = List.copyOf(drop);
    this.anyStop = joined(this.stop);
    this.anyDrop = joined(this.drop);
  }

  public List<Pattern> stop() {
    return stop;
  }

  public List<Pattern> drop() {
    return drop;
  }

  public boolean stops(String line) {
    return matches(anyStop, stop, line);
  }

  public boolean drops(String line) {
    return matches(anyDrop, drop, line);
  }

  private static boolean matches(Pattern joined, List<Pattern> ps, String line) {
    if (joined != null) {
      return joined.matcher(line).matches();
    }
    for (Pattern p : ps) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The alternation of {@code ps}, or null where joining could change a pattern's meaning. */
  private static Pattern joined(List<Pattern> ps) {
    if (ps.isEmpty()) {
      return null;
    }
    for (Pattern p : ps) {
      // Back-references and named groups are numbered or named across the whole alternation.
      if (p.flags() != ps.get(0).flags() || BACK_REFERENCE_OR_NAME.matcher(p.pattern()).find()) {
        return null;
      }
    }
    // Java scopes an inline flag such as (?i) to the group it appears in.
    return Pattern.compile(ps.stream().map(p -> "(?:" + p.pattern() + ")").collect(Collectors.joining("|")), ps.get(0).flags());
  }
}
