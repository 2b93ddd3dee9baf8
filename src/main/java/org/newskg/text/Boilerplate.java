package org.newskg.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that are not the article: share buttons, comment prompts, "Recent Posts" lists, image
 * links. Loaded from {@code rules/boilerplate.tsv}: a line matching a {@code stop} pattern ends the
 * article (everything after it is page furniture); a {@code drop} line is skipped.
 */
public record Boilerplate(List<Pattern> stop, List<Pattern> drop) {
  public Boilerplate {
    stop = List.copyOf(stop);
    drop = List.copyOf(drop);
  }

  public boolean stops(String line) {
    return matchesAny(stop, line);
  }

  public boolean drops(String line) {
    return matchesAny(drop, line);
  }

  private static boolean matchesAny(List<Pattern> ps, String line) {
    for (Pattern p : ps) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }
}
