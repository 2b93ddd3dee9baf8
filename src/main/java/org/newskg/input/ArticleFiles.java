package org.newskg.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds article files under paths (files or folders, walked in sorted order) and reads them. */
public final class ArticleFiles {
  // TEMPORARY STUB: .txt as UTF-8 only; the full reader (.html, .jsonl, encodings, bad input) replaces it.
  private ArticleFiles() {}

  /** Streams every article under {@code roots} to {@code consumer}, in a deterministic order. */
  public static void read(List<Path> roots, ArticleConsumer consumer) {
    for (Path root : roots) {
      try (Stream<Path> s = Files.isDirectory(root) ? Files.walk(root) : Stream.of(root)) {
        for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
          consumer.article(RawArticle.ofText(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
