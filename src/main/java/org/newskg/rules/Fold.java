package org.newskg.rules;

import java.util.Locale;

/** Folds pattern literals the way the tokenizer folds {@code Token.lower}, so the two compare equal. */
final class Fold {
  private Fold() {}

  static String lower(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      b.append(ascii(s.charAt(i)));
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static char ascii(char c) {
    switch (c) {
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033':
        return '"';
      default:
        return c;
    }
  }
}
