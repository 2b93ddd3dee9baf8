package org.newskg.input;

/** Receives the articles found under the given paths, one at a time, and what had to be skipped. */
public interface ArticleConsumer {
  void article(RawArticle article);

  /**
   * An input that could not be read as an article.
   *
   * @param where the file path, with ":LINE" for a JSON Lines line
   * @param reason one line saying why ("binary file", "empty file", "broken JSON: ...")
   */
  void skipped(String where, String reason);

  /**
   * A file passed over because its extension is not an article format (.txt, .text, .html, .htm,
   * .jsonl, .jsonl.gz). Not an error: folders of articles often hold a README or images too.
   *
   * @param where the file path
   */
  default void ignored(String where) {}
}
