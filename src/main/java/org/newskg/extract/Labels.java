package org.newskg.extract;

import java.util.Set;
import java.util.regex.Pattern;

/** Turns the words of a mention into a readable label: no leading article or count. */
final class Labels {
  private static final Set<String> LEADING =
      Set.of("the", "a", "an", "one", "two", "three", "four", "five", "six", "several", "some", "other", "another",
          "both", "many", "most", "all", "any", "its", "their", "his", "her", "our", "these", "those", "this", "that");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Labels() {}

  static String clean(String text) {
    String s = SPACES.matcher(text.strip()).replaceAll(" ");
    s = s.replaceAll("^[\"“”'‘’(,]+|[\"“”'‘’),.:;]+$", "").strip();
    boolean changed = true;
    while (changed) {
      changed = false;
      int sp = s.indexOf(' ');
      if (sp > 0 && LEADING.contains(s.substring(0, sp).toLowerCase(java.util.Locale.ROOT))) {
        s = s.substring(sp + 1);
        changed = true;
      }
    }
    s = s.replaceAll("\\s*-\\s*", "-").replaceAll("\\s+'s\\b", "'s").replaceAll("\\s+’s\\b", "’s");
    return s.isEmpty() ? text.strip() : s;
  }
}
