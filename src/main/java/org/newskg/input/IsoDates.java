package org.newskg.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates from metadata, reduced to ISO yyyy-mm-dd, or null when not a date. */
final class IsoDates {
  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  // The date part of the formats feeds and archives use besides ISO 8601.
  private static final List<DateTimeFormatter> WRITTEN =
      List.of(
          formatter("EEE, d MMM uuuu"),
          formatter("d MMMM uuuu"),
          formatter("d MMM uuuu"),
          formatter("MMMM d, uuuu"),
          formatter("MMM d, uuuu"));
  private static final Pattern WRITTEN_PREFIX =
      Pattern.compile(
          "^((?:[A-Za-z]{3}, )?\\d{1,2} [A-Za-z]+\\.? \\d{4}|[A-Za-z]+\\.? \\d{1,2}, \\d{4})");

  private IsoDates() {}

  static String iso(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    for (Pattern numeric : List.of(ISO, SLASHED)) {
      Matcher m = numeric.matcher(s);
      if (m.find()) {
        try {
          return LocalDate.of(num(m, 1), num(m, 2), num(m, 3)).toString();
        } catch (DateTimeException e) {
          return null;
        }
      }
    }
    Matcher w = WRITTEN_PREFIX.matcher(s);
    if (!w.find()) {
      return null;
    }
    String written = w.group(1).replace(".", "");
    for (DateTimeFormatter f : WRITTEN) {
      try {
        return LocalDate.parse(written, f).toString();
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }
}
