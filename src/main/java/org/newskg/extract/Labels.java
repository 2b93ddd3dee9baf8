package org.newskg.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the words of a mention into a readable label: no leading article or count. */
final class Labels {
  private static final Set<String> LEADING =
      Set.of("the", "a", "an", "one", "two", "three", "four", "five", "six", "several", "some", "other", "another",
          "both", "many", "most", "all", "any", "its", "their", "his", "her", "our", "these", "those", "this", "that");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern EDGE_PUNCT = Pattern.compile("^[\"“”'‘’(,]+|[\"“”'‘’),.:;]+$");
  private static final Pattern HYPHEN_SPACES = Pattern.compile("\\s*-\\s*");
  private static final Pattern SPACED_POSSESSIVE = Pattern.compile("\\s+(['’]s)\\b");

  private Labels() {}

  static String clean(String text) {
    String s = SPACES.matcher(text.strip()).replaceAll(" ");
    s = EDGE_PUNCT.matcher(s).replaceAll("").strip();
    int sp;
    while ((sp = s.indexOf(' ')) > 0 && LEADING.contains(s.substring(0, sp).toLowerCase(Locale.ROOT))) {
      s = s.substring(sp + 1);
    }
    s = HYPHEN_SPACES.matcher(s).replaceAll("-");
    s = SPACED_POSSESSIVE.matcher(s).replaceAll("$1");
    return s.isEmpty() ? text.strip() : s;
  }
}
