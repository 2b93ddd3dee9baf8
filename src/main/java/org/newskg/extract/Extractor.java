package org.newskg.extract;

import java.nio.file.Path;
import java.util.List;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.ArticleMeta;
import org.newskg.input.RawArticle;

/**
 * The extraction pipeline, loaded once from a rules folder and then applied to any number of
 * articles. Immutable and thread-safe: {@link #extract} may be called from many threads.
 */
public final class Extractor {
  // TEMPORARY STUB (being replaced by the real pipeline): title only.
  private Extractor() {}

  /** Loads and compiles the rules in {@code rulesDir}; refuses broken rule files up front. */
  public static Extractor load(Path rulesDir) {
    return new Extractor();
  }

  public ArticleFacts extract(RawArticle raw) {
    String title = raw.title() != null ? raw.title() : raw.text().strip().lines().findFirst().orElse(raw.name());
    return new ArticleFacts(
        new ArticleMeta(raw.name(), title, raw.publisher(), null, raw.date(), raw.url()),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
