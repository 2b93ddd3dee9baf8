package org.newskg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.input.ArticleConsumer;
import org.newskg.input.ArticleFiles;
import org.newskg.input.RawArticle;
import org.newskg.synth.Cast;
import org.newskg.synth.Corpus;

/** Writes the synthetic corpus the bench measures, and reads it back into memory. */
final class Corpora {
  private Corpora() {}

  /** Writes {@code articles} synthetic articles into {@code dir} (emptied of an earlier corpus first). */
  static void write(Path gazetteer, long seed, int articles, Path dir) throws IOException {
    Cast cast = Cast.load(gazetteer);
    Corpus.clear(dir);
    new Corpus(cast, seed).write(dir, articles, Corpus.Progress.NONE);
  }

  /** Every article under {@code dir}, in build order; fails on any skipped file. */
  static List<RawArticle> read(Path dir) {
    List<RawArticle> out = new ArrayList<>();
    ArticleFiles.read(
        List.of(dir),
        new ArticleConsumer() {
          @Override
          public void article(RawArticle article) {
            out.add(article);
          }

          @Override
          public void skipped(String where, String reason) {
            // The generator wrote these files: a skip means a bug, and it would skew the figures.
            throw new IllegalStateException("synthetic article skipped: " + where + ": " + reason);
          }
        });
    return out;
  }

  static long textBytes(List<RawArticle> articles) {
    long n = 0;
    for (RawArticle a : articles) {
      n += a.text().getBytes(StandardCharsets.UTF_8).length;
    }
    return n;
  }
}
