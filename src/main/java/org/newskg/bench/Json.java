package org.newskg.bench;

import java.util.Locale;

/** The little JSON the report needs; a library would be one more dependency for a dozen fields. */
final class Json {
  private Json() {}

  static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  static String number(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }

  static String rate(Rate r) {
    return String.format(
        Locale.ROOT,
        "{\"seconds\": %.3f, \"articles\": %d, \"bytes\": %d, \"articlesPerSecond\": %.1f,"
            + " \"megabytesPerSecond\": %.3f, \"peakHeapBytes\": %d}",
        r.seconds(), r.articles(), r.bytes(), r.articlesPerSecond(), r.megabytesPerSecond(), r.peakHeapBytes());
  }
}
