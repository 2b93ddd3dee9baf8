package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newskg.input.ArticleFiles;
import org.newskg.store.GraphBuilder;

/**
 * Build progress on stderr. On a terminal: one line redrawn in place with a bar, the rate and an
 * ETA (from a quick count of the article files; a JSON Lines archive counts as one). Otherwise a
 * plain line every two seconds ("newskg: building: N articles, …"), which logs and tests read.
 */
final class BuildProgress implements GraphBuilder.Progress {
  private static final long PLAIN_EVERY = 2_000_000_000L;
  private static final long TERMINAL_EVERY = 200_000_000L;
  private static final int BAR = 28;

  private final PrintWriter err;
  private final boolean terminal;
  private final long total;
  private final long start = System.nanoTime();
  private long last = start;
  private boolean drawn;

  private BuildProgress(PrintWriter err, boolean terminal, long total) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
  }

  /** A progress display for building {@code inputs}; a bar when stderr is a terminal. */
  static BuildProgress forInputs(PrintWriter err, List<Path> inputs) {
    boolean terminal = System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    return new BuildProgress(err, terminal, terminal ? countFiles(inputs) : -1);
  }

  @Override
  public void update(int articles, int skipped) {
    long now = System.nanoTime();
    if (now - last < (terminal ? TERMINAL_EVERY : PLAIN_EVERY)) {
      return;
    }
    last = now;
    double secs = (now - start) / 1e9;
    double rate = secs > 0 ? articles / secs : 0;
    if (!terminal) {
      err.printf(Locale.ROOT, "newskg: building: %d article%s, %d skipped, %.0f articles/s, %.0f s%n",
          articles, articles == 1 ? "" : "s", skipped, rate, secs);
    } else {
      StringBuilder b = new StringBuilder("\rnewskg: ");
      if (total > 0) {
        int done = (int) Math.min(BAR, BAR * (long) (articles + skipped) / total);
        b.append('[').append("#".repeat(done)).append(".".repeat(BAR - done)).append("] ");
        b.append(articles + skipped).append('/').append(total);
        if (rate > 0 && articles + skipped < total) {
          b.append(String.format(Locale.ROOT, ", ETA %s", duration((total - articles - skipped) / rate)));
        }
      } else {
        b.append(articles).append(" articles");
      }
      b.append(String.format(Locale.ROOT, ", %.0f/s, %d skipped   ", rate, skipped));
      err.print(b);
      drawn = true;
    }
    err.flush();
  }

  /** Ends the in-place line so the summary starts on a fresh one. */
  void finish() {
    if (drawn) {
      err.println();
      err.flush();
    }
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
        : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
  }

  private static long countFiles(List<Path> inputs) {
    long n = 0;
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          n += s.filter(Files::isRegularFile).filter(ArticleFiles::isArticleFile).count();
        } catch (IOException | RuntimeException e) {
          return -1; // an unreadable folder is reported by the build itself; no ETA then
        }
      } else {
        n++;
      }
    }
    return n;
  }
}
