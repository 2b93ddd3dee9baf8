package org.newskg.rules;

/** Position in a pattern source, shared by the pattern parser and the token-test parser. */
final class PatternCursor {
  static final char EOF = '\0';

  final String src;
  int pos;

  PatternCursor(String src) {
    this.src = src;
  }

  boolean atEnd() {
    return pos >= src.length();
  }

  char peek() {
    return pos < src.length() ? src.charAt(pos) : EOF;
  }

  char peekAt(int ahead) {
    int i = pos + ahead;
    return i < src.length() ? src.charAt(i) : EOF;
  }

  void skipSpace() {
    while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
      pos++;
    }
  }

  PatternSyntaxError error(int offset, String message) {
    return new PatternSyntaxError(offset, message);
  }

  /** Reads characters while {@code ok} holds; returns them (possibly empty). */
  String readWhile(CharTest ok) {
    int from = pos;
    while (pos < src.length() && ok.test(src.charAt(pos))) {
      pos++;
    }
    return src.substring(from, pos);
  }

  /** Reads a '…' or "…" string starting at the quote; a backslash escapes the next character. */
  String readQuoted() {
    int open = pos;
    char quote = src.charAt(pos++);
    StringBuilder b = new StringBuilder();
    while (pos < src.length()) {
      char c = src.charAt(pos++);
      if (c == quote) {
        return b.toString();
      }
      if (c == '\\' && pos < src.length()) {
        c = src.charAt(pos++);
      }
      b.append(c);
    }
    throw error(open, "unterminated literal: no closing " + quote);
  }

  static boolean isLowerIdent(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  }

  static boolean isUpperIdent(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  static boolean isTypographicQuote(char c) {
    return "\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F".indexOf(c) >= 0;
  }

  @FunctionalInterface
  interface CharTest {
    boolean test(char c);
  }
}
