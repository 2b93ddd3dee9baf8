package org.newskg.draw;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs Graphviz's {@code dot} as a subprocess to turn DOT into SVG or PNG. */
public final class Graphviz {
  public static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final String INSTALL =
      "Graphviz is not installed (no 'dot' program on the PATH); install it (apt-get install graphviz)"
          + " or use --format dot";

  private Graphviz() {}

  /**
   * The {@code dot} program on the PATH, or null. The system property {@code newskg.dot} names
   * another program instead (tests use it to see what happens without Graphviz).
   */
  public static Path dot() {
    String override = System.getProperty("newskg.dot");
    if (override != null) {
      Path p = Path.of(override);
      return Files.isRegularFile(p) && Files.isExecutable(p) ? p : null;
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path p = Path.of(dir, "dot");
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  /**
   * Renders {@code dotSource} with {@code dot -T<format>}.
   *
   * @param format "svg" or "png"
   * @throws GraphvizException when dot is missing, fails, or runs longer than {@link #TIMEOUT}
   */
  public static byte[] render(String dotSource, String format) {
    Path dot = dot();
    if (dot == null) {
      throw new GraphvizException(INSTALL, true);
    }
    Process p;
    try {
      p = new ProcessBuilder(dot.toString(), "-T" + format).start();
    } catch (IOException e) {
      throw new GraphvizException("cannot run " + dot + ": " + e.getMessage(), true);
    }
    // Feed and drain on other threads: dot blocks when a pipe fills, and so would we.
    CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
      try (OutputStream in = p.getOutputStream()) {
        in.write(dotSource.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // dot exited early; its exit code and stderr say why.
      }
    });
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    try {
      if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new GraphvizException("dot took longer than " + TIMEOUT.toSeconds() + " s; draw less (--strike, --actor, --article)", false);
      }
      feed.join();
      byte[] result = out.join();
      String errors = new String(err.join(), StandardCharsets.UTF_8).strip();
      if (p.exitValue() != 0) {
        throw new GraphvizException(
            "dot failed (exit " + p.exitValue() + "): " + errors.lines().findFirst().orElse("no message"), false);
      }
      return result;
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new GraphvizException("interrupted while dot was running", false);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      in.transferTo(b);
      return b.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
