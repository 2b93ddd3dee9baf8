package org.newskg.facts;

import java.util.Objects;

/**
 * What is known about an article itself.
 *
 * @param name the source file name ("000_9ab0253e334ba646.txt"); for a JSON Lines archive, the
 *     file name and line ("archive.jsonl#12"). Unique within a build and the basis of its IRIs.
 * @param title first line of the text, or the title field
 * @param publisher as stated ("Source: National Iraqi News Agency"), or null
 * @param author as stated, or null
 * @param date ISO date (yyyy-mm-dd) when the text or metadata states one, or null
 * @param url the article's URL when known, or null
 */
public record ArticleMeta(
    String name, String title, String publisher, String author, String date, String url) {
  public ArticleMeta {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
  }
}
