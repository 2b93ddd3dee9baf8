package org.newskg.input;

/** Why one file or line cannot become an article; the walker reports it and goes on. */
final class Skip extends Exception {
  private static final long serialVersionUID = 1L;

  Skip(String reason) {
    super(reason, null, false, false);
  }
}
