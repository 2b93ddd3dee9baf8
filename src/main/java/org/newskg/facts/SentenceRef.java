package org.newskg.facts;

import java.util.Objects;

/** A sentence of an article: its 0-based index, its text and where it sits in the article text. */
public record SentenceRef(int index, String text, Span span) {
  public SentenceRef {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
