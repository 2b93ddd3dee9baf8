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
  private static final String LEADING_PUNCT = "\"“”'‘’(,";
  private static final String TRAILING_PUNCT = "\"“”'‘’),.:;";
  private static final Pattern EDGE_PUNCT = Pattern.compile("^[\"“”'‘’(,]+|[\"“”'‘’),.:;]+$");
  private static final Pattern HYPHEN_SPACES = Pattern.compile("\\s*-\\s*");
  private static final Pattern SPACED_POSSESSIVE = Pattern.compile("\\s+(['’]s)\\b");

  private Labels() {}

  static String clean(String text) {
    // Each regex runs only when its cheap precondition holds: labels are cleaned for every fact
    // (statement texts are whole sentences), and most need none of the rewrites.
    String s = text.strip();
    if (hasIrregularSpace(s)) {
      s = SPACES.matcher(s).replaceAll(" ");
    }
    if (!s.isEmpty() && (LEADING_PUNCT.indexOf(s.charAt(0)) >= 0 || TRAILING_PUNCT.indexOf(s.charAt(s.length() - 1)) >= 0)) {
      s = EDGE_PUNCT.matcher(s).replaceAll("").strip();
    }
    int sp;
    while ((sp = s.indexOf(' ')) > 0 && LEADING.contains(s.substring(0, sp).toLowerCase(Locale.ROOT))) {
      s = s.substring(sp + 1);
    }
    if (s.indexOf('-') >= 0) {
      s = HYPHEN_SPACES.matcher(s).replaceAll("-");
    }
    if (s.contains(" '") || s.contains(" ’")) {
      s = SPACED_POSSESSIVE.matcher(s).replaceAll("$1");
    }
    return s.isEmpty() ? text.strip() : s;
  }

  /** Whether {@link #SPACES} would change {@code s}: a whitespace other than a lone space. */
  private static boolean hasIrregularSpace(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' ? i + 1 < n && s.charAt(i + 1) <= ' ' && isRegexSpace(s.charAt(i + 1)) : isRegexSpace(c)) {
        return true;
      }
    }
    return false;
  }

  /** {@code \s} without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
