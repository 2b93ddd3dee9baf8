package org.newskg.facts;

/** Character offsets [begin, end) into the article's cleaned text. */
public record Span(int begin, int end) {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
  }
}
