package org.newskg.rules;

/** A pattern that cannot be compiled; {@code offset} is the 0-based index of the offending character. */
final class PatternSyntaxError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int offset;

  PatternSyntaxError(int offset, String message) {
    super(message, null, false, false);
    this.offset = offset;
  }

  int offset() {
    return offset;
  }
}
