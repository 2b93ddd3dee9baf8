package org.newskg.text;

import java.util.List;
import org.newskg.facts.Span;

/**
 * An article's text after cleaning: the paragraphs that are article body (spans into {@link
 * #text}), and the metadata the text states about itself.
 *
 * @param text the full decoded text; every offset in the graph points into it
 * @param paragraphs body paragraphs in order (title, header lines and boilerplate excluded)
 */
public record ArticleText(
    String text,
    String title,
    String publisher,
    String author,
    String date,
    String url,
    List<Span> paragraphs) {
  public ArticleText {
    paragraphs = List.copyOf(paragraphs);
  }
}
