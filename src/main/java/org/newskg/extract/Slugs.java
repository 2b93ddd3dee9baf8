package org.newskg.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, stable keys from names: "U.S. officials" → "us-officials". */
final class Slugs {
  private static final java.util.regex.Pattern EXTENSION = java.util.regex.Pattern.compile("\\.(txt|text|html?|jsonl)(#\\d+)?$");
  private static final java.util.regex.Pattern NOT_NAME_CHARS = java.util.regex.Pattern.compile("[^A-Za-z0-9_.-]+");
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern NON_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");
  private static final java.util.regex.Pattern EDGE_DASHES = java.util.regex.Pattern.compile("^-+|-+$");

  private Slugs() {}

  static String of(String s) {
    String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    n = n.toLowerCase(Locale.ROOT).replace(".", "").replace("'", "").replace("’", "");
    n = EDGE_DASHES.matcher(NON_ALNUM.matcher(n).replaceAll("-")).replaceAll("");
    return n.isEmpty() ? "x" : n;
  }

  /** An article's key part: its file name without the extension, slugged but keeping digits and '_'. */
  static String article(String name) {
    String base = EXTENSION.matcher(name).replaceFirst("$2");
    return NOT_NAME_CHARS.matcher(base).replaceAll("-");
  }
}
