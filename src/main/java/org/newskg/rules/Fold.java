package org.newskg.rules;

import java.util.Locale;

/**
 * Folds pattern literals exactly as the tokenizer folds {@code Token.lower} (lower case; ‘ ’ → ',
 * “ ” → ", – — → -), so a literal typed either way compares equal to the token.
 */
final class Fold {
  private Fold() {}

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u201C', '"')
        .replace('\u201D', '"')
        .replace('\u2013', '-')
        .replace('\u2014', '-');
  }
}
