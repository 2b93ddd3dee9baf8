package org.newskg.input;

import java.util.Objects;

/**
 * An article as read from disk, before any cleaning.
 *
 * @param name the file name ("000_9ab0253e334ba646.txt"), or for JSON Lines the file name and
 *     1-based line ("archive.jsonl#12"); when two files read together share a name, the later ones
 *     are named by their path from the folder given ("2019/index.html")
 * @param text the decoded text (for HTML: the main text, paragraphs separated by blank lines)
 * @param title title from metadata (HTML title, JSON field), or null: then the first line is the
 *     title
 * @param date date from metadata, or null
 * @param url URL from metadata, or null
 * @param publisher publisher from metadata, or null
 */
public record RawArticle(
    String name, String text, String title, String date, String url, String publisher) {
  public RawArticle {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }

  public static RawArticle ofText(String name, String text) {
    return new RawArticle(name, text, null, null, null, null);
  }
}
