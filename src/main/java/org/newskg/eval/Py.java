package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The few Python string semantics that score.py leans on, so that the Java port agrees with it
 * character for character: Python's idea of whitespace and word characters differs from Java's
 * (non-breaking spaces, combining marks), and {@code str.splitlines} breaks on more than newlines.
 */
final class Py {
  private Py() {}

  /** {@code str.isspace()} for one code point, which is also what {@code \s} matches in re. */
  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }

  /** {@code \w} in a Python str pattern: alphanumeric in Python's sense, or underscore. */
  static boolean isWord(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** {@code str.strip()} with no argument. */
  static String strip(String s) {
    int begin = 0;
    int end = s.length();
    while (begin < end && isSpace(s.codePointAt(begin))) {
      begin += Character.charCount(s.codePointAt(begin));
    }
    while (end > begin && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(begin, end);
  }

  /** {@code str.strip(chars)} for one character. */
  static String strip(String s, char c) {
    int begin = 0;
    int end = s.length();
    while (begin < end && s.charAt(begin) == c) {
      begin++;
    }
    while (end > begin && s.charAt(end - 1) == c) {
      end--;
    }
    return s.substring(begin, end);
  }

  /** {@code str.splitlines()}: every line boundary Python knows, no trailing empty line. */
  static List<String> splitlines(String s) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (isLineBreak(c)) {
        lines.add(s.substring(start, i));
        i += (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < s.length()) {
      lines.add(s.substring(start));
    }
    return lines;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == 0x0b
        || c == 0x0c
        || (c >= 0x1c && c <= 0x1e)
        || c == 0x85
        || c == 0x2028
        || c == 0x2029;
  }

  /** {@code s[:n]} counted in code points, as Python slices strings. */
  static String head(String s, int n) {
    if (s.codePointCount(0, s.length()) <= n) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, n));
  }

  /**
   * {@code f"{x:.3f}"}: Python rounds the exact binary value half to even; String.format does not.
   */
  static String f3(double x) {
    return new java.math.BigDecimal(x)
        .setScale(3, java.math.RoundingMode.HALF_EVEN)
        .toPlainString();
  }
}
