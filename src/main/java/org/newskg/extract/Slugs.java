package org.newskg.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, stable keys from names: "U.S. officials" → "us-officials". */
final class Slugs {
  private Slugs() {}

  static String of(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    n = n.toLowerCase(Locale.ROOT).replace(".", "").replace("'", "").replace("’", "");
    n = n.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return n.isEmpty() ? "x" : n;
  }

  /** An article's key part: its file name without the extension, slugged but keeping digits and '_'. */
  static String article(String name) {
    String base = name.replaceFirst("\\.(txt|text|html?|jsonl)(#\\d+)?$", "$2");
    return base.replaceAll("[^A-Za-z0-9_.-]+", "-");
  }
}
