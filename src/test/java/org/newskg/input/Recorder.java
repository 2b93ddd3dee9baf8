package org.newskg.input;

import java.util.ArrayList;
import java.util.List;

/** Records what a read delivered, in order, as plain strings a test can compare. */
final class Recorder implements ArticleConsumer {
  final List<RawArticle> articles = new ArrayList<>();
  final List<String> skips = new ArrayList<>();
  final List<String> ignores = new ArrayList<>();

  /** Articles and skips interleaved: "article NAME" or "skipped WHERE: REASON". */
  final List<String> events = new ArrayList<>();

  @Override
  public void article(RawArticle article) {
    articles.add(article);
    events.add("article " + article.name());
  }

  @Override
  public void skipped(String where, String reason) {
    skips.add(where + ": " + reason);
    events.add("skipped " + where + ": " + reason);
  }

  @Override
  public void ignored(String where) {
    ignores.add(where);
  }

  RawArticle only() {
    if (articles.size() != 1 || !skips.isEmpty()) {
      throw new AssertionError("expected exactly one article, got " + events);
    }
    return articles.get(0);
  }
}
