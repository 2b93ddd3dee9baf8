package org.newskg.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as articles write them, turned into ISO form. */
public final class Dates {
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) (\\p{L}+),? (\\d{4})");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.? (\\d{1,2}),? (\\d{4})");

  private Dates() {}

  /**
   * ISO yyyy-mm-dd for an absolute date, or null. Slashed dates are read day first (05/02/2024 is
   * 5 February) unless the first number cannot be a month... and vice versa when the second
   * cannot be.
   */
  public static String parseAbsolute(String s) {
    if (s == null) {
      return null;
    }
    s = s.strip();
    try {
      Matcher m;
      if ((m = ISO.matcher(s)).matches()) {
        return LocalDate.of(num(m, 1), num(m, 2), num(m, 3)).toString();
      }
      if ((m = SLASHED.matcher(s)).matches()) {
        int a = num(m, 1);
        int b = num(m, 2);
        return b > 12 ? LocalDate.of(num(m, 3), a, b).toString() : LocalDate.of(num(m, 3), b, a).toString();
      }
      if ((m = DAY_MONTH_YEAR.matcher(s)).matches() && month(m.group(2)) != null) {
        return LocalDate.of(num(m, 3), month(m.group(2)), num(m, 1)).toString();
      }
      if ((m = MONTH_DAY_YEAR.matcher(s)).matches() && month(m.group(1)) != null) {
        return LocalDate.of(num(m, 3), month(m.group(1)), num(m, 2)).toString();
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  /** The month named by a full or abbreviated English month name, or null. */
  public static Month month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    if (n.length() < 3) {
      return null;
    }
    for (Month mo : Month.values()) {
      String full = mo.name().toLowerCase(Locale.ROOT);
      if (full.equals(n) || (n.length() >= 3 && full.startsWith(n) && n.length() <= 4)) {
        return mo;
      }
    }
    return null;
  }

  private static int num(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }
}
